package az.muraciet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the test's own Spring context the one Camunda's engine REST API (and webapps) find. They look the
 * engine up by name ("default") in Camunda's static registry, where every context of the test JVM registers its
 * engine under that same name, the last one started winning: a test calling {@code /engine-rest} of its context after
 * another context started (say one without the demo users) would otherwise be answered by that other engine and
 * database — 401 for users it does not have, 404 for its tasks. Registered for every test class in
 * {@code META-INF/spring.factories}.
 */
public class EngineOfTheTestContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        register(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        register(testContext);
    }

    /** A plain put into the registry: asking it first would make Camunda start an engine of its own from the classpath. */
    private static void register(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
        if (engine != null) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
