package az.muraciet.portal;

import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.FieldViolation;
import az.muraciet.forms.FormValidator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Draws a Camunda Form (the very {@code .form} file of an e-service) as plain HTML that works without JavaScript,
 * with the markup in the Thymeleaf fragments of {@value #TEMPLATE}. Fields hidden by their {@code conditional.hide}
 * are left out, judged by the validator's own FEEL engine against the given values, so the page shows what
 * {@link FormValidator} will enforce. The output is the fields and an error summary, without the {@code <form>}
 * element, the submit button or a CSRF token: those belong to the page.
 */
@Component
public class FormRenderer {

    /** The template holding one fragment per component type; a page includes {@value #FRAGMENT}{@code (form)}. */
    public static final String TEMPLATE = "portal/fragments/form";
    public static final String FRAGMENT = "camundaForm";
    /** The name of the {@link FormView} variable the fragment reads. */
    public static final String FORM_VARIABLE = "form";

    private final ITemplateEngine templates;
    private final FormValidator validator;

    public FormRenderer(ITemplateEngine templates, FormValidator validator) {
        this.templates = templates;
        this.validator = validator;
    }

    /**
     * What the templates draw, for a page that includes the fragment itself.
     *
     * @param values the form's data: case data and option lists (a {@code valuesKey}'s list of {@code {label,
     *     value}}), overlaid by what the user submitted; a field without a value shows its {@code defaultValue}
     * @param violations what {@link FormValidator#validate} found in the submission, shown beside each field and in a
     *     summary at the top; empty on first display
     */
    public FormView view(CamundaForm form, Map<String, ?> values, List<FieldViolation> violations) {
        Objects.requireNonNull(form, "form");
        List<FieldViolation> found = violations == null ? List.of() : violations;
        return FormViews.build(form, validator.state(form, values), found);
    }

    /** The form as an HTML fragment; see {@link #view} for the arguments. */
    public String render(CamundaForm form, Map<String, ?> values, List<FieldViolation> violations) {
        Context context = new Context();
        context.setVariable(FORM_VARIABLE, view(form, values, violations));
        return templates.process(TEMPLATE, Set.of(FRAGMENT), context);
    }

    /** The form as an HTML fragment on first display, without errors. */
    public String render(CamundaForm form, Map<String, ?> values) {
        return render(form, values, List.of());
    }
}
