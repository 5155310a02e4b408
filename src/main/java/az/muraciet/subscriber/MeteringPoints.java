package az.muraciet.subscriber;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeteringPoints extends JpaRepository<MeteringPoint, String> {

    boolean existsByCodeAndSubscriberCode(String code, String subscriberCode);

    List<MeteringPoint> findBySubscriberCodeOrderByCode(String subscriberCode);
}
