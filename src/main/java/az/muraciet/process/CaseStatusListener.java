package az.muraciet.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.identity.Authentication;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.CaseStatusService;

/**
 * Applies the status an element of the model declares ({@code caseStatus} extension property, optional
 * {@code caseStatusReason}, {@code caseStatusNote}), in the transaction of the engine step that reaches the element.
 */
class CaseStatusListener implements ExecutionListener {

    private final CaseStatusService caseStatus;
    private final String status;
    private final String reason;
    private final Expression note;

    CaseStatusListener(CaseStatusService caseStatus, String status, String reason, Expression note) {
        this.caseStatus = caseStatus;
        this.status = status;
        this.reason = reason;
        this.note = note;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Application application = caseStatus.changeStatus(execution.getProcessBusinessKey(), status, reason,
                actor(execution), note(execution));
        if (application.number() != null && !application.number().equals(execution.getVariable(CaseVariables.APPLICATION_NUMBER))) {
            execution.setVariable(CaseVariables.APPLICATION_NUMBER, application.number());
        }
    }

    private String note(DelegateExecution execution) {
        Object value = note == null ? null : note.getValue(execution);
        return value == null ? null : value.toString();
    }

    private static String actor(DelegateExecution execution) {
        Object actor = execution.getVariable(CaseVariables.STATUS_ACTOR);
        if (actor != null) {
            return actor.toString();
        }
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "system";
    }
}
