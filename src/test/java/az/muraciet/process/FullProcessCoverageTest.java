package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The coverage listener finds the process tests' 100 % condition where it looks (the context's properties by type):
 * a class of process tests that leaves a flow node or sequence flow unvisited fails. Runs in the process tests' own
 * context.
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class FullProcessCoverageTest {

    @Autowired ApplicationContext context;

    @Test
    void lessThanFullCoverageFailsTheTestClass() {
        ProcessEngineCoverageProperties properties = context.getBean(ProcessEngineCoverageProperties.class);

        assertThat(properties.getClassCoverageAssertionConditions()).hasSize(1);
        var condition = properties.getClassCoverageAssertionConditions().get(0);
        assertThat(1.0).satisfies(condition);
        assertThatThrownBy(() -> assertThat(0.99).satisfies(condition)).isInstanceOf(AssertionError.class);
    }
}
