package io.tailor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as a newcomer starts it with {@code java -jar tailor.jar demo}: no
 * {@code TAILOR_JWT_SECRET} (the service generates its own, so the try-it sign-in is offered) and the
 * demo users' four weeks loaded through the API at start-up.
 */
public abstract class DemoServiceTest extends ServiceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tailor.data-dir", DATABASE.dataDir()::toString);
        registry.add("tailor.database.embedded-port", DATABASE::port);
        registry.add("tailor.demo.load", () -> "true");
        registry.add("tailor.evaluation.dir", () -> evaluationDir().toString());
    }

    /** Where the operator view finds the offline evaluation's chart; tests put one there. */
    public static java.nio.file.Path evaluationDir() {
        try {
            return Files.createDirectories(DATABASE.dataDir().resolve("evaluation"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
