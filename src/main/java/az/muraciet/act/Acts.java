package az.muraciet.act;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Acts extends JpaRepository<Act, Long> {

    Optional<Act> findByApplicationId(String applicationId);

    boolean existsByApplicationIdAndPdfIsNotNull(String applicationId);
}
