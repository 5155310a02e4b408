package az.muraciet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test method, makes the process engine of the test's Spring context the JVM's default engine again.
 * <p>
 * The engine REST API (and the webapps) find their engine by name in Camunda's static registry
 * ({@code ProcessEngines.getDefaultProcessEngine()}), where every context's engine registers as "default": a context
 * started later takes the name over. A test reusing an earlier, cached context over HTTP would then call the later
 * context's engine and database (employees unknown there: 401), depending only on the order the classes ran in.
 */
public class ThisContextsProcessEngine extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
