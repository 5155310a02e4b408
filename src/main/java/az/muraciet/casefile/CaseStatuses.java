package az.muraciet.casefile;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The status and reason labels; read once, they change only with a migration. */
@Component
public class CaseStatuses {

    private final JdbcTemplate jdbc;
    private volatile Map<String, Label> statuses;
    private volatile Map<String, Label> reasons;

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

    public java.util.Set<String> statusCodes() {
        return statuses().keySet();
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
