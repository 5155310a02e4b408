package az.muraciet.forms;

import az.muraciet.forms.CamundaForm.Field;
import java.math.BigDecimal;

/**
 * A broken form rule: the field's key, a stable code and an Azerbaijani message for the user.
 * The codes are the constants below.
 */
public record FieldViolation(String field, String code, String message) {

    public static final String REQUIRED = "required";
    public static final String MIN_LENGTH = "minLength";
    public static final String MAX_LENGTH = "maxLength";
    public static final String PATTERN = "pattern";
    public static final String MIN = "min";
    public static final String MAX = "max";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String NOT_AN_OPTION = "notAnOption";
    public static final String TYPE = "type";
    public static final String DATE = "date";
    public static final String PAST_DATE = "pastDate";
    public static final String NOT_BEFORE = "notBefore";

    static FieldViolation required(Field field) {
        String rule = field.type().equals("checkbox") ? "işarələnməlidir" : "sahəsi mütləqdir";
        return of(field, REQUIRED, "%s " + rule);
    }

    static FieldViolation minLength(Field field) {
        return of(field, MIN_LENGTH, "%s " + field.minLength() + " simvoldan qısa ola bilməz");
    }

    static FieldViolation maxLength(Field field) {
        return of(field, MAX_LENGTH, "%s " + field.maxLength() + " simvoldan uzun ola bilməz");
    }

    static FieldViolation pattern(Field field) {
        return of(field, PATTERN, "%s düzgün formatda deyil");
    }

    static FieldViolation min(Field field) {
        return of(field, MIN, "%s ən azı " + plain(field.min()) + " olmalıdır");
    }

    static FieldViolation max(Field field) {
        return of(field, MAX, "%s ən çox " + plain(field.max()) + " ola bilər");
    }

    static FieldViolation email(Field field) {
        return of(field, EMAIL, "%s düzgün elektron poçt ünvanı deyil");
    }

    static FieldViolation phone(Field field) {
        return of(field, PHONE, "%s düzgün telefon nömrəsi deyil");
    }

    static FieldViolation notAnOption(Field field) {
        return of(field, NOT_AN_OPTION, "%s üçün seçilmiş dəyər siyahıda yoxdur");
    }

    static FieldViolation type(Field field) {
        String expected = switch (field.type()) {
            case "number" -> "%s rəqəm olmalıdır";
            case "checkbox" -> "%s üçün dəyər \"bəli\" və ya \"xeyr\" olmalıdır";
            case "checklist", "taglist" -> "%s üçün dəyərlər siyahı şəklində olmalıdır";
            default -> "%s üçün dəyərin tipi yanlışdır";
        };
        return of(field, TYPE, expected);
    }

    static FieldViolation decimalDigits(Field field) {
        return of(field, TYPE, "%s üçün vergüldən sonra ən çox " + field.decimalDigits() + " rəqəm ola bilər");
    }

    static FieldViolation date(Field field) {
        String expected = switch (field.subtype() == null ? "date" : field.subtype()) {
            case "time" -> "%s düzgün vaxt deyil (SS:DD)";
            case "datetime" -> "%s düzgün tarix və vaxt deyil";
            default -> "%s düzgün tarix deyil (İİİİ-AA-GG)";
        };
        return of(field, DATE, expected);
    }

    static FieldViolation pastDate(Field field) {
        return of(field, PAST_DATE, "%s keçmiş tarix ola bilməz");
    }

    static FieldViolation notBefore(Field field, Field earlier) {
        return of(field, NOT_BEFORE, "%s \"" + earlier.label().replace("%", "%%") + "\" tarixindən əvvəl ola bilməz");
    }

    private static FieldViolation of(Field field, String code, String template) {
        return new FieldViolation(field.key(), code, template.formatted("\"" + field.label() + "\""));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
