package az.muraciet.casefile;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The status and reason labels, and which statuses the citizen is told about; read once, they change only with a migration. */
@Component
public class CaseStatuses {

    private final JdbcTemplate jdbc;
    private volatile Map<String, Label> statuses;
    private volatile Map<String, Label> reasons;
    private volatile Set<String> notified;

    CaseStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Label> status(String code) {
        return Optional.ofNullable(statuses().get(code));
    }

    public Optional<Label> reason(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(reasons().get(code));
    }

    public boolean isKnownStatus(String code) {
        return statuses().containsKey(code);
    }

    public boolean isKnownReason(String code) {
        return reasons().containsKey(code);
    }

    public Set<String> statusCodes() {
        return statuses().keySet();
    }

    public Set<String> reasonCodes() {
        return reasons().keySet();
    }

    /** The statuses the citizen is told about by SMS and e-mail. */
    public Set<String> notifiedStatuses() {
        if (notified == null) {
            notified = Set.copyOf(jdbc.queryForList("select code from case_status where notify_citizen = true", String.class));
        }
        return notified;
    }

    private Map<String, Label> statuses() {
        if (statuses == null) {
            statuses = load("select code, label_az, label_en from case_status");
        }
        return statuses;
    }

    private Map<String, Label> reasons() {
        if (reasons == null) {
            reasons = load("select code, label_az, label_en from status_reason");
        }
        return reasons;
    }

    private Map<String, Label> load(String sql) {
        return jdbc.query(sql, (rs, i) -> new Label(rs.getString(1), rs.getString(2), rs.getString(3))).stream()
                .collect(Collectors.toUnmodifiableMap(Label::code, Function.identity()));
    }

    public record Label(String code, String az, String en) {
    }
}
