package az.muraciet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The engine REST API and the webapps find their engine in Camunda's static registry ({@link ProcessEngines}), where
 * every Spring test context puts its own engine under the name "default" when it starts: the last context started
 * wins. A test reusing a cached context (a web test after a test class with another configuration) would otherwise
 * call another context's engine, on another database, and be refused as an unknown user. Before each test method the
 * engine of the test's own context goes back into the registry. Registered for every Spring test in
 * {@code META-INF/spring.factories}.
 */
public class OwnProcessEngineForEngineRest extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
