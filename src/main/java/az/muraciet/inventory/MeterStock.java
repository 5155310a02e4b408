package az.muraciet.inventory;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meter stock per department warehouse. A reservation takes a meter with one conditional update
 * ({@code available > 0}), so two cases can never both take the last one; the database row lock decides.
 */
@Service
public class MeterStock {

    private final JdbcTemplate jdbc;
    private final MeterReservationRepository reservations;
    private final Clock clock;

    MeterStock(JdbcTemplate jdbc, MeterReservationRepository reservations, Clock clock) {
        this.jdbc = jdbc;
        this.reservations = reservations;
        this.clock = clock;
    }

    /** @return true when a meter is now held for the case (also when it already was), false when the warehouse is empty */
    @Transactional
    public boolean reserve(String applicationId, String warehouse) {
        Optional<MeterReservation> existing = reservations.findById(applicationId);
        if (existing.isPresent() && existing.get().state() == MeterReservation.State.RESERVED) {
            return true;
        }
        int taken = jdbc.update("update meter_stock set available = available - 1 where warehouse = ? and available > 0",
                warehouse);
        if (taken == 0) {
            return false;
        }
        existing.ifPresent(reservations::delete);
        reservations.flush();
        reservations.save(new MeterReservation(applicationId, warehouse, clock.instant()));
        return true;
    }

    /** The reserved meter was installed: it leaves the stock for good. */
    @Transactional
    public void use(String applicationId) {
        reservations.findById(applicationId)
                .filter(r -> r.state() == MeterReservation.State.RESERVED)
                .ifPresent(r -> r.close(MeterReservation.State.USED, clock.instant()));
    }

    /** The reserved meter was not needed: it goes back to its warehouse. Does nothing when none is held. */
    @Transactional
    public void release(String applicationId) {
        reservations.findById(applicationId)
                .filter(r -> r.state() == MeterReservation.State.RESERVED)
                .ifPresent(r -> {
                    r.close(MeterReservation.State.RELEASED, clock.instant());
                    jdbc.update("update meter_stock set available = available + 1 where warehouse = ?", r.warehouse());
                });
    }

    @Transactional(readOnly = true)
    public int available(String warehouse) {
        return jdbc.query("select available from meter_stock where warehouse = ?", (rs, i) -> rs.getInt(1), warehouse)
                .stream().findFirst().orElse(0);
    }

    @Transactional(readOnly = true)
    public Optional<MeterReservation.State> reservationOf(String applicationId) {
        return reservations.findById(applicationId).map(MeterReservation::state);
    }

    /** Sets a warehouse's count of meters on hand (stock-taking; also the demo data). */
    @Transactional
    public void setAvailable(String warehouse, int available) {
        if (jdbc.update("update meter_stock set available = ? where warehouse = ?", available, warehouse) == 0) {
            jdbc.update("insert into meter_stock (warehouse, available) values (?, ?)", warehouse, available);
        }
    }
}
