package io.tailor.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The service with adaptive learning off but dynamic plans on: the spec's phase 1. */
@TestPropertySource(properties = "tailor.flags.adaptive-learning-enabled=false")
public abstract class LibraryPlansTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
