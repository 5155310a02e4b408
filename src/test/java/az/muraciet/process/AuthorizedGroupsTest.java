package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The groups holding any authorization, read along the index, are exactly those Camunda's own statement reads. */
@SpringBootTest
class AuthorizedGroupsTest {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired AuthorizationService authorizations;

    final List<String> granted = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        granted.forEach(authorizations::deleteAuthorization);
    }

    @Test
    void theEngineAsksForTheGroupsAlongTheIndex() {
        assertThat(engine.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))
                .isEqualTo(AuthorizedGroups.STATEMENTS.get("selectAuthorizedGroupIds"));
    }

    @Test
    void theSameGroupsAsCamundasStatementNullForUsersGrantsIncluded() {
        grant("ag-first", "task-1");
        grant("ag-first", "task-2");
        grant("ag-last-" + "z".repeat(20), "task-1");
        grant("AG-UPPER", "task-1");
        String user = grantUser("ag-someone", "task-3");

        Set<String> ours = authorizedGroups();

        assertThat(ours).isEqualTo(camundas()).contains("ag-first", "ag-last-" + "z".repeat(20), "AG-UPPER",
                "azersu-yasamal", null);

        authorizations.deleteAuthorization(user);
        granted.remove(user);
        assertThat(authorizedGroups()).isEqualTo(camundas());
    }

    @Test
    void aGroupWithoutAuthorizationsIsGone() {
        String only = grant("ag-once", "task-1");
        assertThat(authorizedGroups()).contains("ag-once");

        authorizations.deleteAuthorization(only);
        granted.remove(only);

        assertThat(authorizedGroups()).doesNotContain("ag-once").isEqualTo(camundas());
    }

    private Set<String> authorizedGroups() {
        return engine.getCommandExecutorTxRequired().execute(groupIds());
    }

    private Set<String> camundas() {
        return CamundasStatements.during(engine, AuthorizedGroups.STATEMENTS.keySet(),
                () -> engine.getCommandExecutorTxRequired().execute(groupIds()));
    }

    private static Command<Set<String>> groupIds() {
        return context -> {
            List<?> rows = context.getDbSqlSession().selectList("selectAuthorizedGroupIds", null);
            Set<String> ids = new HashSet<>();
            rows.forEach(row -> ids.add((String) row));
            assertThat(ids).as("no group twice").hasSameSizeAs(rows);
            return ids;
        };
    }

    private String grant(String groupId, String taskId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        return save(grant, taskId);
    }

    private String grantUser(String userId, String taskId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        return save(grant, taskId);
    }

    private String save(Authorization grant, String taskId) {
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        grant.addPermission(Permissions.READ);
        String id = authorizations.saveAuthorization(grant).getId();
        granted.add(id);
        return id;
    }
}
