package az.muraciet.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Lets a refusal of the {@link FormRulesGuard} reach the caller as what it is. The engine wraps whatever a task
 * listener throws in a plain ProcessEngineException (ENGINE-03051), which the engine REST API answers with 500;
 * unwrapped, the FormFieldValidationException is answered with 400, as Camunda's own form field validation is.
 * Sits outside the transaction, so the rollback has happened by the time it rethrows.
 */
class FormRulesRefusals extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            throw refusalIn(e);
        }
    }

    private static ProcessEngineException refusalIn(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormFieldValidationException refusal) {
                return refusal;
            }
        }
        return e;
    }
}
