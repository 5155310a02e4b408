package az.muraciet.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Puts the {@link FormRulesGuard} on the completion of every user task that has a Camunda Form. */
class FormRulesParseListener extends AbstractBpmnParseListener {

    private final FormRulesGuard guard;

    FormRulesParseListener(FormRulesGuard guard) {
        this.guard = guard;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef != null && !formRef.isBlank() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
            task.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, guard.forForm(formRef));
        }
    }
}
