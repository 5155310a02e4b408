package az.muraciet.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A bare Camunda engine (no Spring, no application), configured as the application configures its own: history level
 * full, the same job executor sizes, the same pool size; the application's beans are replaced by stand-ins that do
 * nothing but what the model needs to go on (a due date, a reserved meter), so what remains is the engine's own work.
 */
final class BareEngine {

    /** What the model's expressions call, doing no work of the application's. */
    public static final class StandIns {

        public static final class TaskDeadlines {
            public Date dueDate(DelegateExecution execution, String taskId) {
                return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
            }
        }

        public static final class DepartmentEmployees {
            public TypedValue asOptions(String departmentGroup) {
                return Variables.stringValue("[{\"label\":\"Rauf Quliyev (rauf)\",\"value\":\"rauf\"},"
                        + "{\"label\":\"Nigar Abbasova (nigar)\",\"value\":\"nigar\"}]");
            }
        }

        public static final class SetsVariable implements JavaDelegate {
            private final String name;
            private final Object value;

            public SetsVariable(String name, Object value) {
                this.name = name;
                this.value = value;
            }

            @Override
            public void execute(DelegateExecution execution) {
                execution.setVariable(name, value);
            }
        }

        static Map<Object, Object> beans() {
            Map<Object, Object> beans = new HashMap<>();
            beans.put("taskDeadlines", new TaskDeadlines());
            beans.put("departmentEmployees", new DepartmentEmployees());
            beans.put("reserveMeterDelegate", new SetsVariable("meterReserved", true));
            beans.put("registerActDelegate", new SetsVariable("actNumber", "AKT-0"));
            beans.put("registerExistingMeterDelegate", new SetsVariable("meterRegistered", true));
            beans.put("releaseMeterDelegate", new SetsVariable("meterReserved", false));
            beans.put("escalateToDepartmentHeadDelegate", new SetsVariable("escalated", true));
            return beans;
        }

        private StandIns() {
        }
    }

    /**
     * @param jobExecutor whether it runs asynchronous steps (the baseline) or not (seeding another application's
     *                    database, where the application's own job executor is the one that runs them)
     * @param authorization whether authorization is on, so that the engine writes the authorizations of the tasks it
     *                      creates as the application's engine does
     */
    static ProcessEngine start(String name, String jdbcUrl, boolean createSchema, boolean jobExecutor, boolean authorization) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setJdbcMaxIdleConnections(20);
        configuration.setDatabaseSchemaUpdate(createSchema ? "true" : "false");
        configuration.setHistory("full");
        configuration.setHistoryTimeToLive("P180D");
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setFailedJobRetryTimeCycle("R5/PT5M");
        configuration.setAuthorizationEnabled(authorization);
        configuration.setBeans(StandIns.beans());
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setCorePoolSize(3);
        executor.setMaxPoolSize(6);
        executor.setQueueSize(12);
        executor.setMaxJobsPerAcquisition(6);
        executor.setLockTimeInMillis(300_000);
        configuration.setJobExecutor(executor);
        configuration.setJobExecutorActivate(jobExecutor);
        return configuration.buildProcessEngine();
    }

    static void deploy(ProcessEngine engine, Path... models) throws IOException {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bench");
        for (Path model : models) {
            deployment.addInputStream(model.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(model)));
        }
        deployment.deploy();
    }

    private BareEngine() {
    }
}
