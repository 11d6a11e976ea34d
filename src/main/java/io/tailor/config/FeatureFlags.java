package io.tailor.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The seed's feature flags. Each property {@code tailor.flags.some-name} is read from the environment
 * variable {@code SOME_NAME} (see application.yml), and a value that does not parse or is out of range
 * stops start-up with a message naming that variable ({@link FeatureFlagFailureAnalyzer}).
 */
@Validated
@ConfigurationProperties("tailor.flags")
public record FeatureFlags(
        boolean enableDynamicPlans,

        @Pattern(regexp = "v[1-9][0-9]{0,5}", message = "must look like v1, v2, ...")
        String taskLibraryVersion,

        boolean feedbackCollectionEnabled,
        boolean adaptiveLearningEnabled,
        boolean weeklySummariesEnabled,
        @Min(1) @Max(720) int rotationThresholdHours,
        @Min(1) @Max(365) int discoveryMinDays,
        @Min(1) @Max(10_000) int discoveryMinTasks,
        @Min(1) @Max(730) int establishmentMinDays,
        @Min(1) @Max(20_000) int establishmentMinTasks) {

    public Duration rotationWindow() {
        return Duration.ofHours(rotationThresholdHours);
    }

    @AssertTrue(message = "must be greater than DISCOVERY_MIN_DAYS")
    boolean isEstablishmentMinDaysValid() {
        return establishmentMinDays > discoveryMinDays;
    }

    @AssertTrue(message = "must be greater than DISCOVERY_MIN_TASKS")
    boolean isEstablishmentMinTasksValid() {
        return establishmentMinTasks > discoveryMinTasks;
    }
}
