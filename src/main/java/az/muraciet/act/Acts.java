package az.muraciet.act;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Acts extends JpaRepository<Act, Long> {

    Optional<Act> findByApplicationId(String applicationId);

    /** The act's number alone (not its PDF). */
    @Query("select a.number from Act a where a.applicationId = :applicationId")
    Optional<String> numberOf(String applicationId);

    boolean existsByApplicationIdAndPdfIsNotNull(String applicationId);
}
