package az.muraciet.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Employees' HTTP Basic logins on the stateless APIs (engine REST, {@code /employee}, {@code /ops}) checked by Camunda
 * once and then answered from {@link VerifiedCredentials} for a short while: the password and the groups and tenants
 * Camunda's REST authentication would read on every request. A plugin of the engine, because every wrong password the
 * engine sees (Tasklist's login too) drops the user's entry ({@link FailedPasswordChecks}), so that while Camunda
 * throttles or locks the user even the right password goes to Camunda again, and is refused.
 */
@Component
class VerifiedEmployees extends AbstractProcessEnginePlugin {

    /** What Camunda's check gave: the user and, as the REST API's authentication reads them, groups and tenants. */
    record Employee(String id, List<String> groups, List<String> tenants) {
    }

    private final VerifiedCredentials<Employee> verified;
    private volatile IdentityService identity;

    VerifiedEmployees(@Value(VerifiedCredentials.LIFETIME) Duration lifetime) {
        this.verified = new VerifiedCredentials<>(lifetime);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new FailedPasswordChecks(verified::forget));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        identity = engine.getIdentityService();
    }

    Optional<Employee> verify(String user, String password) {
        return verified.check(user, password, this::checkedByCamunda);
    }

    /** Drops the user's entry: their next request is checked by Camunda. */
    void forget(String user) {
        verified.forget(user);
    }

    private Optional<Employee> checkedByCamunda(String user, String password) {
        if (!identity.checkPassword(user, password)) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        return Optional.of(new Employee(user, groups, tenants));
    }
}
