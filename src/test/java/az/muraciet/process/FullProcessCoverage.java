package az.muraciet.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The process tests' coverage: every test class that imports this ({@code @Import(FullProcessCoverage.class)}) must
 * pass every flow node and sequence flow of the models it runs, or it fails after its last test; the report goes to
 * {@code target/process-test-coverage/}. One configuration for all of them, so they share one Spring context.
 * <p>
 * {@code @Primary}: the library's configuration adds its own default properties (no assertion) under
 * {@code @ConditionalOnMissingBean}, which is decided before this bean is registered, so both exist; its listener asks
 * for the properties by type, and without a primary one it finds two, falls back to the defaults and asserts nothing
 * ({@link FullProcessCoverageTest}).
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class FullProcessCoverage {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0).build();
    }
}
