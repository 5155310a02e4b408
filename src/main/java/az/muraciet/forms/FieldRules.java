package az.muraciet.forms;

import az.muraciet.forms.CamundaForm.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules of one visible, editable field applied to its submitted value. */
final class FieldRules {

    private static final String EMAIL_PART = "[^@\\s<>()\\[\\]\\\\,;:\".]+";
    private static final Pattern EMAIL = Pattern.compile(
            EMAIL_PART + "(?:\\." + EMAIL_PART + ")*@" + EMAIL_PART + "(?:\\." + EMAIL_PART + ")*\\.[^@\\s<>()\\[\\]\\\\,;:\".]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");

    private final Field field;
    private final FormData data;
    private final Clock clock;
    private final Function<String, Optional<Field>> otherFields;
    private final List<FieldViolation> violations = new ArrayList<>();

    private FieldRules(Field field, FormData data, Clock clock, Function<String, Optional<Field>> otherFields) {
        this.field = field;
        this.data = data;
        this.clock = clock;
        this.otherFields = otherFields;
    }

    /**
     * @param clock today's date for "no past dates", in the utilities' time zone
     * @param otherFields the form's other fields by key, for a date that may not be before another
     */
    static List<FieldViolation> check(Field field, FormData data, Clock clock,
            Function<String, Optional<Field>> otherFields) {
        FieldRules rules = new FieldRules(field, data, clock, otherFields);
        rules.check(data.get(field.key()));
        return rules.violations;
    }

    private void check(Object value) {
        if (field.multipleValues()) {
            checkList(value);
            return;
        }
        if (isMissing(value)) {
            if (field.required()) {
                violations.add(FieldViolation.required(field));
            }
            return;
        }
        switch (field.type()) {
            case "textfield", "textarea" -> checkText(value);
            case "number" -> checkNumber(value);
            case "checkbox" -> require(value instanceof Boolean, FieldViolation.type(field));
            case "select", "radio" -> checkOption(value);
            case "datetime" -> checkDateTime(value);
            default -> { }
        }
    }

    private boolean isMissing(Object value) {
        return value == null
                || (value instanceof CharSequence text && text.toString().isBlank())
                || (field.type().equals("checkbox") && Boolean.FALSE.equals(value));
    }

    private void checkText(Object value) {
        if (!(value instanceof CharSequence)) {
            violations.add(FieldViolation.type(field));
            return;
        }
        String text = value.toString();
        if (field.minLength() != null && codePoints(text.strip()) < field.minLength()) {
            violations.add(FieldViolation.minLength(field));
        }
        if (field.maxLength() != null && codePoints(text) > field.maxLength()) {
            violations.add(FieldViolation.maxLength(field));
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
            violations.add(FieldViolation.pattern(field));
        }
        if ("email".equals(field.validationType())) {
            require(EMAIL.matcher(text).matches(), FieldViolation.email(field));
        }
        if ("phone".equals(field.validationType())) {
            require(PHONE.matcher(text).matches(), FieldViolation.phone(field));
        }
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private void checkNumber(Object value) {
        BigDecimal number = LooseValues.decimal(value);
        if (number == null) {
            violations.add(FieldViolation.type(field));
            return;
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            violations.add(FieldViolation.min(field));
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            violations.add(FieldViolation.max(field));
        }
        if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
            violations.add(FieldViolation.decimalDigits(field));
        }
    }

    private void checkOption(Object value) {
        String chosen = LooseValues.scalarText(value);
        if (chosen == null) {
            violations.add(FieldViolation.type(field));
            return;
        }
        require(allowedValues().contains(chosen), FieldViolation.notAnOption(field));
    }

    private void checkList(Object value) {
        List<Object> chosen = LooseValues.asList(value);
        boolean blank = value instanceof CharSequence text && text.toString().isBlank();
        if (value == null || blank || (chosen != null && chosen.isEmpty())) {
            if (field.required()) {
                violations.add(FieldViolation.required(field));
            }
            return;
        }
        List<String> texts = chosen == null ? null : chosen.stream().map(LooseValues::scalarText).toList();
        if (texts == null || texts.contains(null)) {
            violations.add(FieldViolation.type(field));
            return;
        }
        require(allowedValues().containsAll(texts), FieldViolation.notAnOption(field));
    }

    private Set<String> allowedValues() {
        if (field.valuesKey() != null) {
            return optionValues(data.get(field.valuesKey()));
        }
        if (field.valuesExpression() != null) {
            return optionValues(data.evaluate(field.valuesExpression()));
        }
        return Set.copyOf(field.values());
    }

    private static Set<String> optionValues(Object source) {
        Collection<Object> options = LooseValues.asList(source);
        if (options == null) {
            return Set.of();
        }
        return options.stream().map(LooseValues::optionValue).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private void checkDateTime(Object value) {
        String subtype = field.subtype() == null ? "date" : field.subtype();
        if (value instanceof Date) {
            require(!subtype.equals("time"), FieldViolation.date(field));
        } else if (value instanceof TemporalAccessor temporal) {
            require(fits(temporal, subtype), FieldViolation.date(field));
        } else if (value instanceof CharSequence text) {
            require(parses(text.toString().strip(), subtype), FieldViolation.date(field));
        } else {
            violations.add(FieldViolation.type(field));
        }
        if (violations.isEmpty() && !subtype.equals("time")) {
            checkDateOrder(value);
        }
    }

    /** "Disallow past dates" (today in the utilities' zone is allowed), and not before the date it names. */
    private void checkDateOrder(Object value) {
        LocalDate date = dayOf(value, clock);
        if (date == null) {
            return;
        }
        if (field.disallowPassedDates() && date.isBefore(LocalDate.now(clock))) {
            violations.add(FieldViolation.pastDate(field));
        }
        if (field.notBefore() == null) {
            return;
        }
        otherFields.apply(field.notBefore())
                .filter(other -> !data.anyHolds(other.hideConditions()))
                .ifPresent(other -> {
                    LocalDate earliest = dayOf(data.get(other.key()), clock);
                    if (earliest != null && date.isBefore(earliest)) {
                        violations.add(FieldViolation.notBefore(field, other));
                    }
                });
    }

    /** The calendar day of a date value as forms submit it ({@code 2026-08-01}, an ISO date-time, a Date), else null. */
    static LocalDate dayOf(Object value, Clock clock) {
        try {
            if (value instanceof LocalDate day) {
                return day;
            }
            if (value instanceof Date date) {
                return LocalDate.ofInstant(date.toInstant(), clock.getZone());
            }
            if (value instanceof TemporalAccessor temporal) {
                return temporal.isSupported(ChronoField.INSTANT_SECONDS)
                        ? LocalDate.ofInstant(Instant.from(temporal), clock.getZone())
                        : LocalDate.from(temporal);
            }
            if (value instanceof CharSequence text) {
                String day = text.toString().strip();
                return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
            }
        } catch (RuntimeException notADate) {
            return null;
        }
        return null;
    }

    private static boolean fits(TemporalAccessor temporal, String subtype) {
        boolean instant = temporal.isSupported(ChronoField.INSTANT_SECONDS);
        boolean day = temporal.isSupported(ChronoField.EPOCH_DAY);
        boolean time = temporal.isSupported(ChronoField.NANO_OF_DAY);
        return switch (subtype) {
            case "time" -> time;
            case "datetime" -> instant || (day && time);
            default -> instant || day;
        };
    }

    private static boolean parses(String text, String subtype) {
        return switch (subtype) {
            case "time" -> parses(text, DateTimeFormatter.ISO_TIME);
            case "datetime" -> parses(text, DateTimeFormatter.ISO_DATE_TIME);
            default -> parses(text, DateTimeFormatter.ISO_LOCAL_DATE) || parses(text, DateTimeFormatter.ISO_DATE_TIME);
        };
    }

    private static boolean parses(String text, DateTimeFormatter format) {
        try {
            format.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void require(boolean holds, FieldViolation otherwise) {
        if (!holds) {
            violations.add(otherwise);
        }
    }
}
