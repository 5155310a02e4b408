package az.muraciet.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analysts' tables for Azərsu's electronic appeal ({@code processes/AppealRouting.dmn}: topic × district → unit)
 * and emergency service ({@code processes/EmergencyRouting.dmn}: district → crew), as written.
 */
class AppealRoutingTest {

    static DmnEngine engine;
    static DmnDecision appealRouting;
    static DmnDecision emergencyRouting;

    @BeforeAll
    static void readTheTables() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("processes/AppealRouting.dmn"))) {
            appealRouting = engine.parseDecision("AppealRouting", dmn);
        }
        try (InputStream dmn = Files.newInputStream(Path.of("processes/EmergencyRouting.dmn"))) {
            emergencyRouting = engine.parseDecision("EmergencyRouting", dmn);
        }
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            // water quality: the laboratory unit, whatever the district
            "WATER_QUALITY, Yasamal, azersu-water-quality",
            "WATER_QUALITY, Nəsimi, azersu-water-quality",
            "WATER_QUALITY, Xətai, azersu-water-quality",
            "WATER_QUALITY, '', azersu-water-quality",
            // the district's Su-Kanal office for what it runs
            "BILLING, Yasamal, azersu-yasamal",
            "SUPPLY_INTERRUPTION, Yasamal, azersu-yasamal",
            "SEWER, Yasamal, azersu-yasamal",
            "METER, Yasamal, azersu-yasamal",
            "BILLING, Nəsimi, azersu-nasimi",
            "SUPPLY_INTERRUPTION, Nəsimi, azersu-nasimi",
            "SEWER, Nəsimi, azersu-nasimi",
            "METER, Nəsimi, azersu-nasimi",
            // everything else: the central dispatch
            "OTHER, Yasamal, central-dispatch",
            "OTHER, Nəsimi, central-dispatch",
            "BILLING, Xətai, central-dispatch",
            "SEWER, Abşeron, central-dispatch",
            "METER, '', central-dispatch",
            "'', '', central-dispatch" })
    void anAppealGoesToTheUnitOfItsTopicAndDistrictWithTheCentralDispatchAsFallback(String topic, String district,
            String unit) {
        var result = engine.evaluateDecisionTable(appealRouting, Variables.createVariables()
                .putValue("topic", topic).putValue("district", district));

        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "accident in {0} → {1}")
    @CsvSource({
            "Yasamal, azersu-yasamal-emergency",
            "Nəsimi, azersu-nasimi-emergency",
            "Xətai, central-dispatch",
            "Sumqayıt, central-dispatch",
            "'', central-dispatch" })
    void anAccidentGoesToItsDistrictsCrewWithTheCentralDispatchAsFallback(String district, String crew) {
        var result = engine.evaluateDecisionTable(emergencyRouting, Variables.createVariables().putValue("district", district));

        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(crew);
    }
}
