package az.muraciet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before every test method, makes the engine of the test's own Spring context the one Camunda's engine REST API and
 * webapps find. They look the engine up by name in Camunda's static registry ({@code ProcessEngines}), which holds
 * the engine of the context started last; with several test contexts cached in one JVM, a test over real HTTP would
 * otherwise talk to another context's engine and database (another test class's users, deployments and cases),
 * depending on the order the test classes happen to run in. Registered in {@code META-INF/spring.factories}.
 */
public class CurrentProcessEngine extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
