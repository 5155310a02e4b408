package az.muraciet.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import az.muraciet.casefile.CaseStatusService;

/**
 * Reads the status steps declared in the models. An analyst marks an event (or task) with the extension properties
 * {@code caseStatus} (e.g. {@code REGISTERED}) and, for rejections, {@code caseStatusReason}; reaching the element
 * moves the case to that status. {@code caseStatusNote} (text or expression, e.g. {@code ${answerText}}) is what the
 * citizen is told with the step: kept in the history, shown on the case page, {@code ${statusNote}} in the messages.
 */
class CaseStatusParseListener extends AbstractBpmnParseListener {

    static final String STATUS_PROPERTY = "caseStatus";
    static final String REASON_PROPERTY = "caseStatusReason";
    static final String NOTE_PROPERTY = "caseStatusNote";

    private final CaseStatusService caseStatus;

    CaseStatusParseListener(CaseStatusService caseStatus) {
        this.caseStatus = caseStatus;
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        addStatusListener(element, activity);
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        addStatusListener(element, activity);
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        addStatusListener(element, activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        addStatusListener(element, activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        addStatusListener(element, activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        addStatusListener(element, activity);
    }

    private void addStatusListener(Element element, ActivityImpl activity) {
        String status = property(element, STATUS_PROPERTY);
        if (status != null) {
            String note = property(element, NOTE_PROPERTY);
            Expression noteExpression = note == null ? null
                    : Context.getProcessEngineConfiguration().getExpressionManager().createExpression(note);
            activity.addListener(ExecutionListener.EVENTNAME_START,
                    new CaseStatusListener(caseStatus, status, property(element, REASON_PROPERTY), noteExpression));
        }
    }

    static String property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(p -> name.equals(p.attribute("name")))
                .map(p -> p.attribute("value"))
                .findFirst().orElse(null);
    }
}
