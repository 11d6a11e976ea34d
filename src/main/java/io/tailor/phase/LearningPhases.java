package io.tailor.phase;

import io.micrometer.core.instrument.MeterRegistry;
import io.tailor.config.FeatureFlags;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.ProfileStore;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Applies the phase rules after each feedback, and manual overrides; records every transition. */
@Service
public class LearningPhases {

    private final ProfileStore profiles;
    private final PhaseHistory history;
    private final PhaseCriteria criteria;
    private final MeterRegistry meters;

    LearningPhases(ProfileStore profiles, PhaseHistory history, FeatureFlags flags, MeterRegistry meters) {
        this.profiles = profiles;
        this.history = history;
        this.criteria = PhaseCriteria.from(flags);
        this.meters = meters;
    }

    /** Runs in the feedback's transaction, on the locked profile with its totals already updated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PhaseUpdate afterFeedback(ProfileHeader updated) {
        List<Transition> due = PhaseRules.due(updated, criteria);
        ProfileHeader header = updated;
        for (Transition transition : due) {
            header = header.advancedTo(transition.to(), transition.at());
            history.append(header.userId(), transition);
            meters.counter(
                            "tailor.phase.transitions",
                            "to",
                            transition.to().value(),
                            "cause",
                            transition.cause().value())
                    .increment();
        }
        if (!due.isEmpty()) {
            profiles.saveHeader(header);
        }
        return new PhaseUpdate(
                header.phase(), due.isEmpty() ? null : due.get(due.size() - 1).celebration());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ProfileHeader override(ProfileHeader locked, LearningPhase to, String reason, Instant now) {
        ProfileHeader header = locked.overriddenTo(to, now);
        history.append(
                header.userId(), new Transition(locked.phase(), to, Transition.Cause.OVERRIDE, now, reason, null));
        profiles.saveHeader(header);
        meters.counter("tailor.phase.transitions", "to", to.value(), "cause", "override")
                .increment();
        return header;
    }

    PhaseCriteria criteria() {
        return criteria;
    }

    /** The phase after a feedback, and the celebration when it just changed. */
    public record PhaseUpdate(LearningPhase phase, Transition.@Nullable Celebration celebration) {}
}
