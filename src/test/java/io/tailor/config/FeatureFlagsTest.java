package io.tailor.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.ExpectedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The flags come from the seed's environment variables; a bad one stops start-up and is named. */
class FeatureFlagsTest {

    /** The cancelled refresh of the contexts these tests make fail. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of("org.springframework.context");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(FlagsOnly.class);

    @Test
    void defaultsAreTheSeeds() {
        context.run(started -> {
            FeatureFlags flags = started.getBean(FeatureFlags.class);
            assertThat(flags.enableDynamicPlans()).isTrue();
            assertThat(flags.taskLibraryVersion()).isEqualTo("v1");
            assertThat(flags.feedbackCollectionEnabled()).isTrue();
            assertThat(flags.adaptiveLearningEnabled()).isTrue();
            assertThat(flags.weeklySummariesEnabled()).isTrue();
            assertThat(flags.rotationThresholdHours()).isEqualTo(48);
            assertThat(flags.discoveryMinDays()).isEqualTo(7);
            assertThat(flags.discoveryMinTasks()).isEqualTo(15);
            assertThat(flags.establishmentMinDays()).isEqualTo(21);
            assertThat(flags.establishmentMinTasks()).isEqualTo(40);
        });
    }

    @Test
    void environmentVariablesOverrideTheDefaults() {
        context.withPropertyValues("ENABLE_DYNAMIC_PLANS=false", "ROTATION_THRESHOLD_HOURS=24")
                .run(started -> {
                    FeatureFlags flags = started.getBean(FeatureFlags.class);
                    assertThat(flags.enableDynamicPlans()).isFalse();
                    assertThat(flags.rotationThresholdHours()).isEqualTo(24);
                });
    }

    @Test
    void aValueThatDoesNotParseStopsStartUpNamingTheVariable() {
        assertStartUpFailsNaming("ROTATION_THRESHOLD_HOURS=soon", "ROTATION_THRESHOLD_HOURS");
        assertStartUpFailsNaming("ADAPTIVE_LEARNING_ENABLED=perhaps", "ADAPTIVE_LEARNING_ENABLED");
    }

    @Test
    void aValueOutOfRangeStopsStartUpNamingTheVariable() {
        assertStartUpFailsNaming("DISCOVERY_MIN_TASKS=0", "DISCOVERY_MIN_TASKS");
        assertStartUpFailsNaming("TASK_LIBRARY_VERSION=latest", "TASK_LIBRARY_VERSION");
        assertStartUpFailsNaming("ESTABLISHMENT_MIN_DAYS=5", "ESTABLISHMENT_MIN_DAYS");
    }

    private void assertStartUpFailsNaming(String setting, String variable) {
        context.withPropertyValues(setting).run(started -> {
            assertThat(started).hasFailed();
            FailureAnalysis analysis = new FeatureFlagFailureAnalyzer().analyze(started.getStartupFailure());
            assertThat(analysis).as(setting).isNotNull();
            assertThat(analysis.getDescription()).contains(variable);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FeatureFlags.class)
    static class FlagsOnly {}
}
