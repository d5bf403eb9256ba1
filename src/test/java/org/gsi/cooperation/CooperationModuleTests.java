package org.gsi.cooperation;

import org.gsi.GsiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class CooperationModuleTests {

    @Test
    void cooperationAndConcernsUseOnlyPublicTypesOfTheModulesTheyDeclare() {
        ApplicationModules modules = ApplicationModules.of(GsiApplication.class);
        modules.getModuleByName("cooperation").orElseThrow().verifyDependencies(modules);
        modules.getModuleByName("concerns").orElseThrow().verifyDependencies(modules);
    }
}
