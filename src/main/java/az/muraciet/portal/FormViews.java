package az.muraciet.portal;

import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.CamundaForm.Component;
import az.muraciet.forms.CamundaForm.Field;
import az.muraciet.forms.CamundaForm.Option;
import az.muraciet.forms.FieldViolation;
import az.muraciet.forms.FormState;
import az.muraciet.portal.FormView.ComponentView;
import az.muraciet.portal.FormView.ErrorLink;
import az.muraciet.portal.FormView.OptionView;
import az.muraciet.portal.FormView.Row;
import az.muraciet.portal.FormView.TextBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link FormView} of one form, one set of values and one list of violations. */
final class FormViews {

    private static final Pattern UNSAFE_ID_CHARACTERS = Pattern.compile("[^A-Za-z0-9_-]+");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    private final FormState state;
    private final Map<String, List<String>> errorsByKey = new LinkedHashMap<>();
    private final Map<String, String> anchorsByKey = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();

    private FormViews(FormState state, List<FieldViolation> violations) {
        this.state = state;
        for (FieldViolation violation : violations) {
            errorsByKey.computeIfAbsent(violation.field(), key -> new ArrayList<>()).add(violation.message());
        }
    }

    static FormView build(CamundaForm form, FormState state, List<FieldViolation> violations) {
        FormViews views = new FormViews(state, violations);
        List<Row> rows = views.rows(form.components());
        List<ErrorLink> errors = violations.stream()
                .map(violation -> new ErrorLink(violation.message(), views.anchorsByKey.get(violation.field())))
                .toList();
        return new FormView(form.id(), errors, rows);
    }

    private List<Row> rows(List<Component> components) {
        List<Row> rows = new ArrayList<>();
        List<ComponentView> current = new ArrayList<>();
        String currentRow = null;
        for (Component component : components) {
            if (state.holds(component.hideCondition())) {
                continue;
            }
            ComponentView view = view(component);
            if (view == null) {
                continue;
            }
            boolean sameRow = component.row() != null && component.row().equals(currentRow);
            if (!sameRow && !current.isEmpty()) {
                rows.add(new Row(current));
                current = new ArrayList<>();
            }
            current.add(view);
            currentRow = component.row();
        }
        if (!current.isEmpty()) {
            rows.add(new Row(current));
        }
        return rows;
    }

    private ComponentView view(Component component) {
        return switch (component.type()) {
            case "textfield", "textarea", "number", "datetime", "select", "checkbox" -> input(component, component.type());
            case "radio", "checklist" -> choices(component, component.type());
            case "taglist" -> choices(component, "checklist");
            case "text" -> text(component);
            case "group" -> group(component);
            case "spacer", "separator" -> plain(component, component.type(), null, List.of(), List.of());
            default -> null; // images, buttons, HTML, iframes, tables: nothing the portal renders without JavaScript
        };
    }

    private ComponentView input(Component component, String template) {
        Field field = component.field();
        String id = uniqueId("f-" + field.key());
        Object value = valueOf(component);
        boolean readonly = field.readonly() || state.holds(field.readonlyCondition());
        List<OptionView> options = template.equals("select")
                ? options(component, id, Set.of(Objects.toString(text(value), "")))
                : List.of();
        anchorsByKey.put(field.key(), id);
        return new ComponentView(
                template, id, field.key(), field.label(), component.description(),
                inputType(field), text(value), isTrue(value), options,
                field.required(),
                // select and checkbox have no read-only state in HTML: they are disabled instead
                field.disabled() || (readonly && (template.equals("select") || template.equals("checkbox"))),
                readonly,
                field.minLength(), field.maxLength(),
                field.pattern() == null ? null : field.pattern().pattern(),
                field.type().equals("datetime") ? earliestDay(field) : plain(field.min()), plain(field.max()),
                step(field), component.placeholder(),
                errorsOf(field), List.of(), List.of(), component.columns());
    }

    /** A date input's {@code min}: today when the form disallows past dates (not for date and time inputs). */
    private String earliestDay(Field field) {
        var day = state.earliestDay(field);
        return day == null || !"date".equals(Objects.toString(field.subtype(), "date")) ? null : day.toString();
    }

    private ComponentView choices(Component component, String template) {
        Field field = component.field();
        String id = uniqueId("f-" + field.key());
        Set<String> chosen = template.equals("radio")
                ? Set.of(Objects.toString(text(valueOf(component)), ""))
                : texts(valueOf(component));
        List<OptionView> options = options(component, id, chosen);
        String anchor = options.isEmpty() ? id : options.get(0).id();
        anchorsByKey.put(field.key(), anchor);
        boolean readonly = field.readonly() || state.holds(field.readonlyCondition());
        return new ComponentView(
                template, id, field.key(), field.label(), component.description(),
                null, null, false, options,
                field.required(), field.disabled() || readonly, readonly,
                null, null, null, null, null, null, null,
                errorsOf(field), List.of(), List.of(), component.columns());
    }

    private ComponentView text(Component component) {
        String source = component.text();
        if (source != null && source.startsWith("=")) {
            source = Objects.toString(state.evaluate(source), null);
        }
        return plain(component, "text", null, textBlocks(source), List.of());
    }

    private ComponentView group(Component component) {
        return plain(component, "group", component.label(), List.of(), rows(component.components()));
    }

    private ComponentView plain(Component component, String template, String label, List<TextBlock> text,
            List<Row> rows) {
        String id = uniqueId("c-" + Objects.toString(component.id(), template));
        return new ComponentView(
                template, id, null, label, component.description(), null, null, false, List.of(),
                false, false, false, null, null, null, null, null, null, null,
                List.of(), text, rows, component.columns());
    }

    private List<OptionView> options(Component component, String id, Set<String> chosen) {
        List<Option> options = state.options(component);
        List<OptionView> views = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            views.add(new OptionView(uniqueId(id + "-" + (i + 1)), option.label(), option.value(),
                    chosen.contains(option.value())));
        }
        return views;
    }

    /** The submitted (or case) value of a field; its default if there is none. */
    private Object valueOf(Component component) {
        Object value = state.value(component.key());
        return value == null ? component.defaultValue() : value;
    }

    private List<String> errorsOf(Field field) {
        return errorsByKey.getOrDefault(field.key(), List.of());
    }

    private static String inputType(Field field) {
        return switch (field.type()) {
            case "number" -> "number";
            case "datetime" -> switch (Objects.toString(field.subtype(), "date")) {
                case "time" -> "time";
                case "datetime" -> "datetime-local";
                default -> "date";
            };
            case "textfield" -> switch (Objects.toString(field.validationType(), "")) {
                case "email" -> "email";
                case "phone" -> "tel";
                default -> "text";
            };
            default -> null;
        };
    }

    private static String step(Field field) {
        if (!field.type().equals("number")) {
            return null;
        }
        if (field.decimalDigits() == null) {
            return "any";
        }
        return BigDecimal.ONE.movePointLeft(field.decimalDigits()).toPlainString();
    }

    /** An HTML id from a key: only letters, digits, '-' and '_', and never the same twice in one form. */
    private String uniqueId(String wanted) {
        String base = UNSAFE_ID_CHARACTERS.matcher(wanted).replaceAll("-");
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The single value as text: a list or array gives its first element (a repeated request parameter). */
    private static String text(Object value) {
        if (value instanceof Object[] array) {
            return array.length == 0 ? null : text(array[0]);
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? null : text(collection.iterator().next());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private static Set<String> texts(Object value) {
        Collection<?> values;
        if (value instanceof Collection<?> collection) {
            values = collection;
        } else if (value instanceof Object[] array) {
            values = Arrays.asList(array);
        } else {
            values = value == null ? List.of() : List.of(value);
        }
        Set<String> texts = new HashSet<>();
        values.stream().map(FormViews::text).filter(Objects::nonNull).forEach(texts::add);
        return texts;
    }

    private static boolean isTrue(Object value) {
        String text = text(value);
        return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("on"));
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /**
     * Markdown-ish text as blocks: {@code #} lines become headings (h2 at the least, the page has its own h1),
     * lines starting with {@code -}, {@code *} or {@code +} become lists, other lines paragraphs split by blank
     * lines. Emphasis markers are dropped; everything else stays literal text, escaped by the template.
     */
    static List<TextBlock> textBlocks(String source) {
        List<TextBlock> blocks = new ArrayList<>();
        if (source == null || source.isBlank()) {
            return blocks;
        }
        String kind = null;
        List<String> lines = new ArrayList<>();
        for (String rawLine : source.strip().split("\\R")) {
            String line = EMPHASIS.matcher(rawLine).replaceAll("").strip();
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            String lineKind = line.isEmpty() ? null
                    : heading.matches() ? "h" + Math.max(2, heading.group(1).length())
                    : item.matches() ? "ul" : "p";
            if (!Objects.equals(lineKind, kind) || lineKind == null || lineKind.startsWith("h")) {
                if (kind != null) {
                    blocks.add(new TextBlock(kind, lines));
                }
                kind = lineKind;
                lines = new ArrayList<>();
            }
            if (lineKind != null) {
                lines.add(heading.matches() ? heading.group(2) : item.matches() ? item.group(1) : line);
            }
        }
        if (kind != null) {
            blocks.add(new TextBlock(kind, lines));
        }
        return blocks;
    }
}
