package az.muraciet.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Camunda administrator comes from the environment ({@code MURACIET_ADMIN_USER}, {@code MURACIET_ADMIN_PASSWORD}):
 * at every start, while the engine is built and before the server takes a request, the user is created or given the
 * environment's password (and unlocked), and made a direct member of {@code camunda-admin}, which has every permission.
 * So the group always has a member and the webapps' first-run setup, open only while it has none, stays closed.
 * Without the variables the application starts only if the group already has a member.
 */
@Component
class EnvironmentAdministrator extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentAdministrator.class);

    private final String userId;
    private final String password;

    EnvironmentAdministrator(@Value("${muraciet.admin.user:}") String userId,
            @Value("${muraciet.admin.password:}") String password) {
        this.userId = userId.trim();
        this.password = password;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (userId.isEmpty()) {
            if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                throw new IllegalStateException("No Camunda administrator: set MURACIET_ADMIN_USER and "
                        + "MURACIET_ADMIN_PASSWORD (muraciet.admin.user, muraciet.admin.password). The application does "
                        + "not start without one, so the webapps' first-run admin setup is never open.");
            }
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("MURACIET_ADMIN_PASSWORD (muraciet.admin.password) is missing for the "
                    + "administrator " + userId + " named by MURACIET_ADMIN_USER.");
        }
        ensureAdministratorsGroup(identity, engine.getAuthorizationService());
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identity.newUser(userId);
            user.setFirstName("Administrator");
            user.setLastName("Müraciət");
        }
        user.setPassword(password);
        try {
            identity.saveUser(user);
        } catch (ProcessEngineException e) {
            throw new IllegalStateException("MURACIET_ADMIN_PASSWORD does not meet Camunda's password policy (at "
                    + "least 10 characters, upper and lower case, a digit, a special character, not the user's name)", e);
        }
        identity.unlockUser(userId);
        if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
        log.info("Camunda administrator {} from the environment", userId);
    }

    /** The group as Camunda's own setup makes it: every permission on every resource. */
    private static void ensureAdministratorsGroup(IdentityService identity, AuthorizationService authorizations) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        for (Resources resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }
}
