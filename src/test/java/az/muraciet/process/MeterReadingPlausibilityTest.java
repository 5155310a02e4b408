package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plausibility table in {@code processes/MeterReadingPlausibility.dmn}, as the analysts wrote it, fed the way
 * {@code MeterReadingFactsDelegate} feeds it; at and around each rule's boundary.
 */
class MeterReadingPlausibilityTest {

    static DmnEngine engine;
    static DmnDecision plausibility;

    @BeforeAll
    static void readTheTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("processes/MeterReadingPlausibility.dmn"))) {
            plausibility = engine.parseDecision(MeterReadingSubmissionProcess.DECISION_PLAUSIBILITY, dmn);
        }
    }

    /** Last accepted reading 1000 m³, 10 m³ a month on average. */
    @ParameterizedTest(name = "{0} m³ after {1} months → {2}")
    @CsvSource({
            // equal to the last reading: nothing used, nothing wrong with it
            "1000,     1,    PLAUSIBLE",
            // just under the last reading
            "999.999,  1,    LOWER_THAN_LAST",
            "0,        1,    LOWER_THAN_LAST",
            "1012.5,   1,    PLAUSIBLE",
            // at the threshold: 3 times the average in a month, still plausible
            "1030,     1,    PLAUSIBLE",
            // just above it
            "1030.001, 1,    FAR_ABOVE_AVERAGE",
            "1500,     1,    FAR_ABOVE_AVERAGE",
            // less than a month since the last reading counts as a month
            "1030,     0.2,  PLAUSIBLE",
            "1030.001, 0.2,  FAR_ABOVE_AVERAGE",
            // two months: twice the consumption is allowed
            "1060,     2,    PLAUSIBLE",
            "1060.001, 2,    FAR_ABOVE_AVERAGE" })
    void comparesWithTheLastReadingAndTheAverage(double reading, double months, String expected) {
        assertThat(check(reading, 1000.0, 10.0, months)).isEqualTo(expected);
    }

    @Test
    void aMeterWithoutAcceptedReadingsIsReviewed() {
        assertThat(check(1000.0, null, null, null)).isEqualTo("NO_PREVIOUS_READING");
    }

    @ParameterizedTest(name = "average {0}: {1} m³ used → {2}")
    @CsvSource({
            ",  30,     PLAUSIBLE",
            ",  30.001, HIGH_WITHOUT_AVERAGE",
            "0, 30,     PLAUSIBLE",
            "0, 31,     HIGH_WITHOUT_AVERAGE",
            ",  -1,     LOWER_THAN_LAST" })
    void withoutAnAverageOnlyAHighConsumptionIsReviewed(Double average, double consumption, String expected) {
        assertThat(check(500.0 + consumption, 500.0, average, 1.0)).isEqualTo(expected);
    }

    private static String check(Double reading, Double lastReading, Double average, Double months) {
        VariableMap facts = Variables.createVariables()
                .putValue("consumptionSinceLastReading", lastReading == null ? null : reading - lastReading)
                .putValue("averageMonthlyConsumption", average)
                .putValue("monthsSinceLastReading", lastReading == null ? null : months);
        return engine.evaluateDecisionTable(plausibility, facts).getSingleResult().getSingleEntry();
    }
}
