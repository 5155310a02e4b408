package az.muraciet.inventory;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeterReservationRepository extends JpaRepository<MeterReservation, String> {
}
