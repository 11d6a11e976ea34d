package io.tailor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(TailorApplication.class).verify();
    }
}
