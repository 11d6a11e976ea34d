package io.tailor.phase;

import io.tailor.config.FeatureFlags;
import io.tailor.profile.LearningPhase;
import java.util.Optional;

/** How many days or completed tasks move a user on: the seed's DISCOVERY_* and ESTABLISHMENT_* flags. */
public record PhaseCriteria(
        int discoveryMinDays, int discoveryMinTasks, int establishmentMinDays, int establishmentMinTasks) {

    public static PhaseCriteria from(FeatureFlags flags) {
        return new PhaseCriteria(
                flags.discoveryMinDays(),
                flags.discoveryMinTasks(),
                flags.establishmentMinDays(),
                flags.establishmentMinTasks());
    }

    /** What it takes to leave {@code phase}; nothing for mastery, the last phase. */
    Optional<Threshold> toLeave(LearningPhase phase) {
        return switch (phase) {
            case DISCOVERY -> Optional.of(new Threshold(discoveryMinDays, discoveryMinTasks));
            case ESTABLISHMENT -> Optional.of(new Threshold(establishmentMinDays, establishmentMinTasks));
            case MASTERY -> Optional.empty();
        };
    }

    record Threshold(int days, int tasks) {}
}
