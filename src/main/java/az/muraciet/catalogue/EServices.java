package az.muraciet.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EServices extends JpaRepository<EService, String> {

    List<EService> findByActiveTrueOrderByCode();

    Optional<EService> findByCodeAndActiveTrue(String code);
}
