package az.muraciet.inventory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The meter a case holds from its department's warehouse between the executor's assignment and the visit's outcome. */
@Entity
@Table(name = "meter_reservation")
public class MeterReservation {

    public enum State { RESERVED, USED, RELEASED }

    @Id
    private String applicationId;
    private String warehouse;
    @Enumerated(EnumType.STRING)
    private State state;
    private Instant reservedAt;
    private Instant closedAt;

    protected MeterReservation() {
    }

    MeterReservation(String applicationId, String warehouse, Instant reservedAt) {
        this.applicationId = applicationId;
        this.warehouse = warehouse;
        this.state = State.RESERVED;
        this.reservedAt = reservedAt;
    }

    void close(State to, Instant at) {
        this.state = to;
        this.closedAt = at;
    }

    public String applicationId() {
        return applicationId;
    }

    public String warehouse() {
        return warehouse;
    }

    public State state() {
        return state;
    }
}
