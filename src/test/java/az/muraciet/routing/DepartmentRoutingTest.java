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

/** The routing table in {@code processes/DepartmentRouting.dmn}, as the analysts wrote it. */
class DepartmentRoutingTest {

    static DmnEngine engine;
    static DmnDecision routing;

    @BeforeAll
    static void readTheTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("processes/DepartmentRouting.dmn"))) {
            routing = engine.parseDecision("DepartmentRouting", dmn);
        }
    }

    @ParameterizedTest(name = "{0} {1} in {2} → {3}")
    @CsvSource({
            "AZERSU, WATER_METER_INSTALLATION, Yasamal, azersu-yasamal",
            "AZERSU, WATER_METER_INSTALLATION, Nəsimi, azersu-nasimi",
            "AZERSU, WATER_METER_INSTALLATION, Xətai, central-dispatch",
            "AZERSU, WATER_METER_INSTALLATION, '', central-dispatch",
            "AZERISHIQ, NETWORK_TECHNICAL_SERVICE, Yasamal, azerishiq-baki",
            "AZERISHIQ, NETWORK_TECHNICAL_SERVICE, Nəsimi, azerishiq-baki",
            "AZERISHIQ, NETWORK_TECHNICAL_SERVICE, Xətai, azerishiq-baki",
            "AZERISHIQ, NETWORK_TECHNICAL_SERVICE, Abşeron, central-dispatch",
            "AZERISHIQ, NETWORK_TECHNICAL_SERVICE, '', central-dispatch",
            // a new subscriber has no code: the district comes from the start form, the Azərsu rows route it
            "AZERSU, NEW_SUBSCRIBER_REGISTRATION, Yasamal, azersu-yasamal",
            "AZERSU, NEW_SUBSCRIBER_REGISTRATION, Nəsimi, azersu-nasimi",
            "AZERSU, NEW_SUBSCRIBER_REGISTRATION, Binəqədi, central-dispatch" })
    void routesByUtilityServiceAndDistrictWithTheCentralDispatchAsFallback(String utility, String service, String district,
            String department) {
        var result = engine.evaluateDecisionTable(routing, Variables.createVariables()
                .putValue("utility", utility).putValue("serviceCode", service).putValue("district", district));

        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(department);
    }
}
