package az.muraciet.subscriber;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import az.muraciet.catalogue.Utility;

public interface Subscribers extends JpaRepository<Subscriber, String> {

    List<Subscriber> findByOwnerFinAndUtilityOrderByCode(String ownerFin, Utility utility);
}
