package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outside the demo the Camunda administrator comes from the environment: it is camunda-admin's direct member, logs in
 * with the environment's password, the webapps' first-run setup is refused, and without the variables (or with a
 * weak password) the engine, and so the application, does not start.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "MURACIET_ADMIN_USER=" + EnvironmentAdministratorTest.ADMIN,
        "MURACIET_ADMIN_PASSWORD=" + EnvironmentAdministratorTest.PASSWORD })
@ActiveProfiles("no-demo")
class EnvironmentAdministratorTest {

    static final String ADMIN = "operator";
    static final String PASSWORD = "Qala-Kapi!7 Bayil";
    static final String SETUP = "/camunda/api/admin/setup/default/user/create";

    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired ProcessEngine engine;
    private final CamundaWebapp webapp;

    EnvironmentAdministratorTest(@LocalServerPort int port) {
        this.webapp = new CamundaWebapp(port);
    }

    @Test
    void theAdministratorFromTheEnvironmentIsTheAdminGroupsOnlyDirectMemberWithEveryPermission() {
        assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting(User::getId)
                .containsExactly(ADMIN);
        assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(ADMIN);
        for (Resources resource : List.of(Resources.APPLICATION, Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
                Resources.AUTHORIZATION, Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
                Resources.TASK, Resources.SYSTEM)) {
            assertThat(authorizations.isUserAuthorized(ADMIN, List.of(Groups.CAMUNDA_ADMIN), Permissions.ALL,
                    resource, "*")).as(resource.name()).isTrue();
        }
    }

    @Test
    void theAdministratorLogsInToTheWebappsWithTheEnvironmentsPassword() {
        HttpResponse<String> login = webapp.login(ADMIN, PASSWORD);

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"" + ADMIN + "\"").contains("admin");
    }

    @Test
    void theFirstRunSetupIsRefusedAndCreatesNoUser() {
        HttpResponse<String> page = webapp.page();
        HttpResponse<String> setup = webapp.postJson(SETUP, page, """
                {"profile":{"id":"intruder","firstName":"I","lastName":"N","email":"i@example.az"},
                 "credentials":{"password":"Intruder!2026-x"}}""");

        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    /*
     * The start itself is not repeated here: a Spring context that fails to start in this JVM takes the Camunda
     * webapps' static registries down with it for every other test. The administrator is an engine plugin, and an
     * exception of a plugin while the engine is built stops the engine bean and so the start; what it throws is
     * checked against this context's engine.
     */

    @Test
    void theAdministratorIsSetUpWhileTheEngineIsBuilt() {
        assertThat(configuration().getProcessEnginePlugins().stream()
                .flatMap(plugin -> plugin instanceof CompositeProcessEnginePlugin composite
                        ? composite.getPlugins().stream() : java.util.stream.Stream.of(plugin)))
                .hasAtLeastOneElementOfType(EnvironmentAdministrator.class);
    }

    @Test
    void withoutTheEnvironmentsAdministratorAndNoMemberOfTheGroupTheEngineDoesNotStart() {
        identity.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
        try {
            assertThatThrownBy(() -> new EnvironmentAdministrator("", "").postProcessEngineBuild(engine))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No Camunda administrator: set MURACIET_ADMIN_USER and MURACIET_ADMIN_PASSWORD");
        } finally {
            identity.createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
        }
        new EnvironmentAdministrator("", "").postProcessEngineBuild(engine);
    }

    @Test
    void aWeakPasswordFromTheEnvironmentIsRefused() {
        assertThatThrownBy(() -> new EnvironmentAdministrator("operator2", "operator1").postProcessEngineBuild(engine))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MURACIET_ADMIN_PASSWORD does not meet Camunda's password policy");
        assertThat(identity.createUserQuery().userId("operator2").count()).isZero();
    }

    @Test
    void anAdministratorWithoutPasswordIsRefused() {
        assertThatThrownBy(() -> new EnvironmentAdministrator("operator2", " ").postProcessEngineBuild(engine))
                .hasMessageContaining("MURACIET_ADMIN_PASSWORD (muraciet.admin.password) is missing");
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
