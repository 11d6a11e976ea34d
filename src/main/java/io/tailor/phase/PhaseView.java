package io.tailor.phase;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Category;
import io.tailor.profile.DiscoveryGoal;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.ProfileHeader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
        DiscoveryProgress discoveryGoal,
        List<HistoryEntry> history,
        List<UnreadCelebration> unreadCelebrations) {

    static PhaseView from(
            ProfileHeader header,
            PhaseRules.Progress progress,
            Map<Category, Integer> tried,
            List<Transition> history,
            List<UnreadCelebration> unread) {
        return new PhaseView(
                header.userId(),
                header.phase(),
                utc(header.phaseStartedAt()),
                progress.next().orElse(null),
                Criterion.of(progress.daysDone(), progress.daysNeeded()),
                Criterion.of(progress.tasksDone(), progress.tasksNeeded()),
                DiscoveryProgress.of(tried),
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

    /**
     * Discovery's goal, 3–5 variations tried in every category, as counted from the user's tasks: a
     * category below {@code min} is where discovery's novelty goes first. The categories are the daily plan's
     * ({@link Category#DAILY_DEFAULT}) and any other the user has tried, so a goal the user is never planned
     * toward is not shown as one they fall short of. Kept in every phase, as it stays true.
     */
    @Schema(name = "DiscoveryGoal")
    record DiscoveryProgress(int min, int max, int categoriesReached, List<CategoryTried> categories) {
        static DiscoveryProgress of(Map<Category, Integer> tried) {
            List<CategoryTried> categories = tried.entrySet().stream()
                    .filter(entry -> Category.DAILY_DEFAULT.contains(entry.getKey()) || entry.getValue() > 0)
                    .map(entry ->
                            new CategoryTried(entry.getKey(), entry.getValue(), entry.getValue() >= DiscoveryGoal.MIN))
                    .toList();
            int reached =
                    (int) categories.stream().filter(CategoryTried::reached).count();
            return new DiscoveryProgress(DiscoveryGoal.MIN, DiscoveryGoal.MAX, reached, categories);
        }
    }

    /** Variations of one category the user has tried, and whether that reaches the goal's lower end. */
    @Schema(name = "CategoryTried")
    record CategoryTried(Category category, int tried, boolean reached) {}

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
