package az.muraciet.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EServices extends JpaRepository<EService, String> {

    List<EService> findByActiveTrueOrderByCode();

    // a query string: Hibernate keeps its translation, a derived query is translated at every call
    @Query("select s from EService s where s.code = :code and s.active = true")
    Optional<EService> findByCodeAndActiveTrue(String code);
}
