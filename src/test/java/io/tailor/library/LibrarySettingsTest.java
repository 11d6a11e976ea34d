package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.ExpectedLogs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The library cache's lifetime comes from TAILOR_LIBRARY_CACHE_TTL, a minute when unset. */
class LibrarySettingsTest {

    /** The cancelled refresh of the contexts these tests make fail. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of("org.springframework.context");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(SettingsOnly.class);

    @Test
    void keepsTheLibraryAMinuteByDefault() {
        context.run(started ->
                assertThat(started.getBean(LibrarySettings.class).cacheTtl()).isEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void theEnvironmentVariableSetsTheLifetime() {
        context.withPropertyValues("TAILOR_LIBRARY_CACHE_TTL=2s")
                .run(started -> assertThat(
                                started.getBean(LibrarySettings.class).cacheTtl())
                        .isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void aLifetimeOfZeroStopsStartUp() {
        context.withPropertyValues("TAILOR_LIBRARY_CACHE_TTL=0s")
                .run(started ->
                        assertThat(started).getFailure().rootCause().hasMessageContaining("TAILOR_LIBRARY_CACHE_TTL"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LibrarySettings.class)
    static class SettingsOnly {}
}
