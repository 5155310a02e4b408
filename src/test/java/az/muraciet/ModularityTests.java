package az.muraciet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(MuraciatApplication.class);

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
