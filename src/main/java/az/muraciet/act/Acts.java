package az.muraciet.act;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Acts extends JpaRepository<Act, Long> {

    // a query string: Hibernate keeps its translation, a derived query is translated at every call
    @Query("select a from Act a where a.applicationId = :applicationId")
    Optional<Act> findByApplicationId(String applicationId);

    /** The act's number alone (not its PDF). */
    @Query("select a.number from Act a where a.applicationId = :applicationId")
    Optional<String> numberOf(String applicationId);

    boolean existsByApplicationIdAndPdfIsNotNull(String applicationId);
}
