package az.muraciet.process;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Remembers which variables the caller sent with a task completion, so that {@link FormRulesGuard} can refuse
 * variables the task's form does not have (otherwise a request bypassing the form could set any process variable,
 * e.g. the department a case is routed to). By the time the completion listener runs, the engine has merged the
 * sent variables into the case; only the command still knows which ones were sent. Camunda 7.24 is the last
 * community release, so the commands' fields read here will not change under us.
 */
class SubmittedVariables extends CommandInterceptor {

    private static final ThreadLocal<Deque<Set<String>>> SUBMITTED = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

    /** The names sent with the task completion being executed on this thread, if one is. */
    static Optional<Set<String>> current() {
        return Optional.ofNullable(SUBMITTED.get().peek());
    }

    @Override
    public <T> T execute(Command<T> command) {
        Map<?, ?> sent = sentWith(command);
        if (sent == null) {
            return next.execute(command);
        }
        SUBMITTED.get().push(Set.copyOf(sent.keySet().stream().map(String::valueOf).toList()));
        try {
            return next.execute(command);
        } finally {
            SUBMITTED.get().pop();
        }
    }

    private static Map<?, ?> sentWith(Command<?> command) {
        try {
            if (command instanceof CompleteTaskCmd) {
                return orEmpty((Map<?, ?>) COMPLETE_VARIABLES.get(command));
            }
            if (command instanceof SubmitTaskFormCmd) {
                return orEmpty((Map<?, ?>) SUBMIT_VARIABLES.get(command));
            }
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<?, ?> orEmpty(Map<?, ?> variables) {
        return variables == null ? Map.of() : variables;
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name, e);
        }
    }
}
