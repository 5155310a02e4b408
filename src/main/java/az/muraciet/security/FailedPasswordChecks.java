package az.muraciet.security;

import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda's own identity provider (users, groups and passwords in its database), opened for the engine's commands as
 * the engine would open it, telling {@code failed} the user of every password check that fails: from Tasklist's login,
 * the REST APIs, anywhere.
 */
class FailedPasswordChecks implements SessionFactory {

    private final Consumer<String> failed;

    FailedPasswordChecks(Consumer<String> failed) {
        this.failed = failed;
    }

    @Override
    public Class<?> getSessionType() {
        return DbIdentityServiceProvider.class;
    }

    @Override
    public Session openSession() {
        return new DbIdentityServiceProvider() {
            @Override
            public boolean checkPassword(String userId, String password) {
                boolean right = super.checkPassword(userId, password);
                if (!right && userId != null) {
                    failed.accept(userId);
                    // again once Camunda's lock of the user is committed: a check in another request may have read
                    // the user before it
                    Context.getCommandContext().getTransactionContext()
                            .addTransactionListener(TransactionState.COMMITTED, context -> failed.accept(userId));
                }
                return right;
            }
        };
    }
}
