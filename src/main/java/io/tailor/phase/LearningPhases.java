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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hands the phase rules to {@code record_feedback()}, which applies them after each feedback (see
 * {@link PhaseRules}, their definition), applies manual overrides, and counts every transition.
 */
@Service
public class LearningPhases {

    private final ProfileStore profiles;
    private final PhaseHistory history;
    private final PhaseCriteria criteria;
    private final MeterRegistry meters;
    private final String sqlRules;

    LearningPhases(
            ProfileStore profiles, PhaseHistory history, FeatureFlags flags, MeterRegistry meters, JsonMapper json) {
        this.profiles = profiles;
        this.history = history;
        this.criteria = PhaseCriteria.from(flags);
        this.meters = meters;
        this.sqlRules = sqlRules(criteria, json);
    }

    /**
     * The thresholds and celebrations that {@code record_feedback()} applies after each feedback, as the
     * JSON it reads: {@code {"discovery": {"to", "min_days", "min_tasks", "celebrations": {"days":
     * {"title", "message"}, "tasks": {...}}}, "establishment": {...}}}. Built here from {@link
     * PhaseCriteria} and {@link Celebrations}, so the words and numbers have one source.
     */
    public String sqlRules() {
        return sqlRules;
    }

    /** Counts a transition: one {@code record_feedback()} made, or an override. */
    public void countTransition(@Nullable String to, @Nullable String cause) {
        meters.counter("tailor.phase.transitions", "to", String.valueOf(to), "cause", String.valueOf(cause))
                .increment();
    }

    static String sqlRules(PhaseCriteria criteria, JsonMapper json) {
        ObjectNode rules = json.createObjectNode();
        for (LearningPhase phase : LearningPhase.values()) {
            criteria.toLeave(phase).ifPresent(threshold -> {
                LearningPhase to = phase.next().orElseThrow();
                ObjectNode rule = rules.putObject(phase.value());
                rule.put("to", to.value());
                rule.put("min_days", threshold.days());
                rule.put("min_tasks", threshold.tasks());
                ObjectNode celebrations = rule.putObject("celebrations");
                for (Transition.Cause cause : List.of(Transition.Cause.DAYS, Transition.Cause.TASKS)) {
                    Transition.Celebration celebration = Celebrations.of(to, cause, threshold);
                    celebrations
                            .putObject(cause.value())
                            .put("title", celebration.title())
                            .put("message", celebration.message());
                }
            });
        }
        return json.writeValueAsString(rules);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ProfileHeader override(ProfileHeader locked, LearningPhase to, String reason, Instant now) {
        ProfileHeader header = locked.overriddenTo(to, now);
        history.append(
                header.userId(), new Transition(locked.phase(), to, Transition.Cause.OVERRIDE, now, reason, null));
        profiles.saveHeader(header);
        countTransition(to.value(), Transition.Cause.OVERRIDE.value());
        return header;
    }

    PhaseCriteria criteria() {
        return criteria;
    }
}
