package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Every user task shows a Camunda Form, and so does every start event that has one: {@code camunda:formRef} names the
 * id of a form in {@code src/main/resources/forms/}, bound by deployment so a running case keeps the forms it started
 * with.
 */
final class FormRules implements BpmnRules {

    static final String DEPLOYMENT_BINDING = "deployment";

    private final KnownNames known;

    FormRules(KnownNames known) {
        this.known = known;
    }

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            check(file, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getCamundaFormKey(),
                    true, findings);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            check(file, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
                    start.getCamundaFormKey(), false, findings);
        }
        return findings;
    }

    private void check(String file, String elementId, String formRef, String binding, String formKey,
            boolean formRequired, List<ModelFinding> findings) {
        if (isBlank(formRef)) {
            if (!isBlank(formKey)) {
                findings.add(finding(file, elementId, "uses camunda:formKey '" + formKey + "'; link a Camunda Form "
                        + "instead (Modeler: Form → Type 'Camunda Forms (linked)', Form ID, Binding 'deployment')"));
            } else if (formRequired) {
                findings.add(finding(file, elementId, "the user task has no form; link its Camunda Form (Modeler: "
                        + "Form → Type 'Camunda Forms (linked)', Form ID of a .form file in src/main/resources/forms, "
                        + "Binding 'deployment')"));
            }
            return;
        }
        if (!DEPLOYMENT_BINDING.equals(binding)) {
            findings.add(finding(file, elementId, "form '" + formRef + "' is bound by '" + (binding == null ? "latest" : binding)
                    + "'; set Binding to 'deployment' so a running case keeps the forms it started with"));
        }
        if (!known.formExists().test(formRef)) {
            findings.add(finding(file, elementId, "form '" + formRef + "' is not the id of any .form file in "
                    + "src/main/resources/forms; correct the Form ID here or the form's id in the Form editor"));
        }
    }

    private static ModelFinding finding(String file, String elementId, String message) {
        return new ModelFinding(file, elementId, ModelRule.FORM, message);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
