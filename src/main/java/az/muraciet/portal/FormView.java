package az.muraciet.portal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A Camunda Form ready for the {@code portal/fragments/form} templates: what to show, already decided — hidden
 * components left out, options resolved, values and errors placed beside their fields. Built by {@link FormRenderer}.
 *
 * @param formId the form's id
 * @param errors every violation of the submission, in order, for the summary at the top
 * @param rows the visible components, in the rows the analyst laid them out in
 */
public record FormView(String formId, List<ErrorLink> errors, List<Row> rows) {

    public FormView {
        errors = List.copyOf(errors);
        rows = List.copyOf(rows);
    }

    /** One message of the error summary; {@code anchor} is the HTML id of the field it is about, null if not shown. */
    public record ErrorLink(String message, String anchor) {
    }

    /** Components the analyst placed side by side. */
    public record Row(List<ComponentView> components) {

        public Row {
            components = List.copyOf(components);
        }
    }

    /** One choice of a select, radio group or checklist; {@code id} is the HTML id of its input (radio, checklist). */
    public record OptionView(String id, String label, String value, boolean selected) {
    }

    /** A block of static text: a heading ({@code h2}…{@code h6}), a paragraph ({@code p}) or a list ({@code ul}). */
    public record TextBlock(String kind, List<String> lines) {

        public TextBlock {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One visible component, with everything its fragment needs. {@code template} is the component type whose
     * fragment ({@code <template>Component}) of {@code portal/fragments/form.html} draws it; {@code id} is the HTML id a label or an error link points
     * at (the first option's for radio groups and checklists); {@code name} is the submitted name (the field key).
     * Properties that do not apply to the component's type are null, false or empty.
     */
    public record ComponentView(
            String template,
            String id,
            String name,
            String label,
            String description,
            String inputType,
            String value,
            boolean checked,
            List<OptionView> options,
            boolean required,
            boolean disabled,
            boolean readonly,
            Integer minLength,
            Integer maxLength,
            String pattern,
            String min,
            String max,
            String step,
            String placeholder,
            List<String> errors,
            List<TextBlock> text,
            List<Row> rows,
            Integer columns) {

        public ComponentView {
            options = List.copyOf(options);
            errors = List.copyOf(errors);
            text = List.copyOf(text);
            rows = List.copyOf(rows);
        }

        public boolean invalid() {
            return !errors.isEmpty();
        }

        public String descriptionId() {
            return description == null ? null : id + "-description";
        }

        public String errorId() {
            return invalid() ? id + "-error" : null;
        }

        /** The ids for {@code aria-describedby}: the description and the error message, null if neither. */
        public String describedBy() {
            String ids = String.join(" ", Stream.of(descriptionId(), errorId()).filter(Objects::nonNull).toList());
            return ids.isEmpty() ? null : ids;
        }
    }
}
