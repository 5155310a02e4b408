package az.muraciet.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.repository.Resource;

import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.FieldViolation;
import az.muraciet.forms.FormValidator;

/**
 * Enforces a Camunda Form's own rules (required, lengths, patterns, ranges, options) when its task is completed,
 * whoever completes it: Tasklist, the REST API or Java; and refuses variables the form does not let the user set.
 * The form is the one deployed with the process definition
 * (deployment binding), so a running case keeps the rules of the version it started on.
 */
class FormRulesGuard {

    static final String NOT_IN_FORM = "notInForm";

    private final FormValidator validator;
    private final Map<String, CamundaForm> deployedForms = new ConcurrentHashMap<>();

    FormRulesGuard(FormValidator validator) {
        this.validator = validator;
    }

    TaskListener forForm(String formId) {
        return task -> check(task, formId);
    }

    private void check(DelegateTask task, String formId) {
        CamundaForm form = deployedForm(task, formId);
        List<FieldViolation> violations = new ArrayList<>(validator.validate(form, task.getVariables()));
        Set<String> editable = form.fields().stream().filter(f -> !f.displayOnly()).map(CamundaForm.Field::key)
                .collect(Collectors.toSet());
        SubmittedVariables.current().ifPresent(sent -> sent.stream().filter(name -> !editable.contains(name)).sorted()
                .forEach(name -> violations.add(new FieldViolation(name, NOT_IN_FORM,
                        "\"" + name + "\" bu formada dəyişdirilə bilməz / cannot be set through this form"))));
        if (!violations.isEmpty()) {
            throw new FormFieldValidationException(violations, "Form " + formId + " is not filled in correctly: "
                    + violations.stream().map(v -> v.field() + " (" + v.code() + "): " + v.message())
                            .collect(Collectors.joining("; ")));
        }
    }

    private CamundaForm deployedForm(DelegateTask task, String formId) {
        RepositoryService repository = task.getProcessEngineServices().getRepositoryService();
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
            return deployedForms.computeIfAbsent(deploymentId + "/" + formId, key -> load(repository, deploymentId, formId));
        });
    }

    private static CamundaForm load(RepositoryService repository, String deploymentId, String formId) {
        for (Resource resource : repository.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(deploymentId, resource.getName())) {
                    CamundaForm form = CamundaForm.parse(in);
                    if (formId.equals(form.id())) {
                        return form;
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Cannot read deployed form " + resource.getName(), e);
                }
            }
        }
        throw new IllegalStateException("Form " + formId + " is not deployed with deployment " + deploymentId);
    }
}
