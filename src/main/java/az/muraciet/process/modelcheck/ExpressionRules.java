package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaEntry;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExpression;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.camunda.bpm.model.xml.type.attribute.Attribute;

import az.muraciet.process.CaseVariables;
import az.muraciet.process.MeterReadingVariables;
import az.muraciet.process.NewSubscriberRegistrationProcess;
import az.muraciet.process.WaterMeterInstallationProcess;

/**
 * Every expression in a model ({@code camunda:delegateExpression}, due dates, candidate groups, input and output
 * parameters, listeners, timers, conditions) names only what exists when it is evaluated: a Spring bean, a name the
 * engine provides, a process variable of {@link #PROCESS_VARIABLES} (set by Java), or a variable the model sets itself:
 * a field of a form it links ({@code camunda:formRef}), a decision's result variable, an input or output parameter. A
 * delegate expression must name a bean. Every
 * class attribute ({@code camunda:class}, a listener's {@code class}) names a class the application can load.
 */
final class ExpressionRules implements BpmnRules {

    /**
     * The process variables Java sets, which an expression may read without a bean of that name. What the model sets
     * itself (its forms' fields, decision results, parameters) needs no line here. A model that reads another variable
     * fails the check until Java sets it and it is added here, with who sets it, so a misspelt bean cannot pass for one.
     */
    static final Set<String> PROCESS_VARIABLES = Set.of(
            // set by the intake when the case starts (ApplicationIntake)
            CaseVariables.APPLICATION_ID, CaseVariables.SERVICE_CODE, CaseVariables.UTILITY,
            CaseVariables.SUBSCRIBER_CODE, CaseVariables.APPLICANT_NAME, CaseVariables.ADDRESS, CaseVariables.DISTRICT,
            CaseVariables.CONTACT_PHONE, CaseVariables.CONTACT_EMAIL, CaseVariables.CONFIRMATION_TIMEOUT,
            // set when the case is registered (CaseStatusListener)
            CaseVariables.APPLICATION_NUMBER,
            // the routing decision's result variable, which every service's model has (Task_DetermineDepartment)
            CaseVariables.DEPARTMENT_GROUP,
            // set by delegates: ReserveMeterDelegate, RegisterActDelegate
            WaterMeterInstallationProcess.METER_RESERVED, WaterMeterInstallationProcess.ACT_NUMBER,
            // a meter reading's, set by MeterReadingFactsDelegate (readingUnit) and RecordMeterReadingDelegate
            // (acceptedReading): the accepted reading's note in MeterReadingSubmission
            MeterReadingVariables.READING_UNIT, MeterReadingVariables.ACCEPTED_READING,
            // set by RegisterNewSubscriberDelegate: the code issued to a new subscriber
            NewSubscriberRegistrationProcess.NEW_SUBSCRIBER_CODE);

    /** Names the engine itself gives every expression. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

    private static final String DELEGATE_EXPRESSION = "delegateExpression";

    private static final List<Class<? extends ModelElementInstance>> ELEMENTS_WITH_EXPRESSIONS = List.of(
            BaseElement.class, CamundaExecutionListener.class, CamundaTaskListener.class, CamundaField.class,
            CamundaIn.class, CamundaOut.class, CamundaInputParameter.class, CamundaOutputParameter.class,
            CamundaProperty.class);

    private static final List<Class<? extends ModelElementInstance>> TEXTS_WITH_EXPRESSIONS = List.of(
            Expression.class, CamundaInputParameter.class, CamundaOutputParameter.class, CamundaValue.class,
            CamundaEntry.class, CamundaExpression.class);

    private final KnownNames known;

    ExpressionRules(KnownNames known) {
        this.known = known;
    }

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        Set<String> variables = new HashSet<>(PROCESS_VARIABLES);
        variables.addAll(setByTheModel(model));
        for (Class<? extends ModelElementInstance> type : ELEMENTS_WITH_EXPRESSIONS) {
            for (ModelElementInstance element : model.getModelElementsByType(type)) {
                checkAttributes(file, element, variables, findings);
            }
        }
        for (Class<? extends ModelElementInstance> type : TEXTS_WITH_EXPRESSIONS) {
            for (ModelElementInstance element : model.getModelElementsByType(type)) {
                if (isPlainText(element)) {
                    checkExpression(file, element, element.getElementType().getTypeName(), element.getTextContent(),
                            false, variables, findings);
                }
            }
        }
        return findings;
    }

    /** The variables the model itself sets: its forms' fields, decision results, input and output parameters. */
    private Set<String> setByTheModel(BpmnModelInstance model) {
        Set<String> names = new HashSet<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String formRef = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
            if (formRef != null) {
                names.addAll(known.formFieldKeys().apply(formRef.strip()));
            }
            String resultVariable = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "resultVariable");
            if (resultVariable != null) {
                names.add(resultVariable.strip());
            }
        }
        model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> names.add(p.getCamundaName()));
        model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> names.add(p.getCamundaName()));
        names.remove(null);
        return names;
    }

    private void checkAttributes(String file, ModelElementInstance element, Set<String> variables,
            List<ModelFinding> findings) {
        for (Attribute<?> attribute : attributes(element.getElementType())) {
            if (!(attribute.getValue(element) instanceof String value)) {
                continue;
            }
            String name = attribute.getAttributeName();
            if (name.equals("name") && !(element instanceof Message || element instanceof Signal)) {
                continue; // a label or a variable's name, which the engine does not evaluate
            }
            String where = element.getElementType().getTypeName() + " "
                    + (isWrittenWithCamundaPrefix(element, attribute) ? "camunda:" : "") + name;
            if (name.equals("class") || name.endsWith("Class")) {
                if (!value.isBlank() && !known.classExists().test(value.strip())) {
                    findings.add(new ModelFinding(file, ownerId(element), ModelRule.CLASS, where + " '" + value
                            + "' is no class of the application; correct the class name, or use "
                            + "camunda:delegateExpression with the bean's name"));
                }
            } else {
                checkExpression(file, element, where, value, name.equals(DELEGATE_EXPRESSION), variables, findings);
            }
        }
    }

    private void checkExpression(String file, ModelElementInstance element, String where, String text,
            boolean mustNameBean, Set<String> variables, List<ModelFinding> findings) {
        if (!ExpressionNames.isExpression(text)) {
            return;
        }
        Set<String> names;
        try {
            names = ExpressionNames.of(text);
        } catch (IllegalArgumentException e) {
            findings.add(new ModelFinding(file, ownerId(element), ModelRule.EXPRESSION, where + " " + text.strip()
                    + " is no valid expression (" + e.getMessage() + "); correct it"));
            return;
        }
        for (String name : names) {
            if (ENGINE_NAMES.contains(name) || known.beanExists().test(name)) {
                continue;
            }
            if (mustNameBean) {
                findings.add(new ModelFinding(file, ownerId(element), ModelRule.EXPRESSION, where + " " + text.strip()
                        + " names '" + name + "', which is no Spring bean; use the delegate's bean name (its class "
                        + "name starting in lower case, e.g. ${reserveMeterDelegate})"));
            } else if (!variables.contains(name)) {
                findings.add(new ModelFinding(file, ownerId(element), ModelRule.EXPRESSION, where + " " + text.strip()
                        + " names '" + name + "', which is neither a Spring bean nor a known process variable; "
                        + "correct the name, or add a field of that key to a form the model links, or, if Java sets "
                        + "it, have it added to ExpressionRules.PROCESS_VARIABLES with who sets it"));
            }
        }
    }

    private static boolean isWrittenWithCamundaPrefix(ModelElementInstance element, Attribute<?> attribute) {
        return BpmnModelConstants.CAMUNDA_NS.equals(attribute.getNamespaceUri())
                && !BpmnModelConstants.CAMUNDA_NS.equals(element.getElementType().getTypeNamespace());
    }

    private static boolean isPlainText(ModelElementInstance element) {
        if (element instanceof FormalExpression expression && expression.getLanguage() != null) {
            return false;
        }
        return element.getDomElement().getChildElements().isEmpty();
    }

    private static List<Attribute<?>> attributes(ModelElementType type) {
        List<Attribute<?>> attributes = new ArrayList<>();
        for (ModelElementType t = type; t != null; t = t.getBaseType()) {
            attributes.addAll(t.getAttributes());
        }
        return attributes;
    }

    /** The flow element or process the analyst clicks on to change the expression. */
    private static String ownerId(ModelElementInstance element) {
        String nearestId = null;
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof FlowElement || e instanceof Process) {
                return ((BaseElement) e).getId();
            }
            if (nearestId == null && e instanceof BaseElement base && base.getId() != null) {
                nearestId = base.getId();
            }
        }
        return nearestId == null ? ModelFinding.WHOLE_FILE : nearestId;
    }
}
