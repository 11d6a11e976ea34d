package io.tailor.phase;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileHeader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /users/{user_id}/learning-phase}. */
@Schema(name = "LearningPhaseStatus")
record PhaseView(
        String userId,
        LearningPhase currentLearningPhase,
        OffsetDateTime phaseStartedAt,
        @Nullable LearningPhase nextPhase,
        Criterion days,
        Criterion tasks,
        List<HistoryEntry> history,
        List<UnreadCelebration> unreadCelebrations) {

    static PhaseView from(
            ProfileHeader header,
            PhaseRules.Progress progress,
            List<Transition> history,
            List<UnreadCelebration> unread) {
        return new PhaseView(
                header.userId(),
                header.phase(),
                utc(header.phaseStartedAt()),
                progress.next().orElse(null),
                Criterion.of(progress.daysDone(), progress.daysNeeded()),
                Criterion.of(progress.tasksDone(), progress.tasksNeeded()),
                history.stream().map(HistoryEntry::from).toList(),
                unread);
    }

    /** Done and needed toward the next phase; in mastery nothing is needed and percent is 100. */
    @Schema(name = "PhaseCriterion")
    record Criterion(int done, int needed, int percent) {
        static Criterion of(int done, int needed) {
            int percent = needed == 0 ? 100 : Math.min(100, done * 100 / needed);
            return new Criterion(done, needed, percent);
        }
    }

    @Schema(name = "PhaseTransition")
    record HistoryEntry(
            LearningPhase fromPhase,
            LearningPhase toPhase,

            @Schema(allowableValues = {"days", "tasks", "override"})
            String cause,

            @Nullable String reason,
            OffsetDateTime transitionedAt,
            Transition.@Nullable Celebration celebration) {
        static HistoryEntry from(Transition transition) {
            return new HistoryEntry(
                    transition.from(),
                    transition.to(),
                    transition.cause().value(),
                    transition.reason(),
                    utc(transition.at()),
                    transition.celebration());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
