package io.tailor.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The service with every feature flag of the seed switched off: each must really switch its feature off. */
@TestPropertySource(
        properties = {
            "tailor.flags.feedback-collection-enabled=false",
            "tailor.flags.adaptive-learning-enabled=false",
            "tailor.flags.enable-dynamic-plans=false",
            "tailor.flags.weekly-summaries-enabled=false"
        })
public abstract class FeaturesOffTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
