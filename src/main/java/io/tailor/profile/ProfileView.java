package io.tailor.profile;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Task;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code GET /feedback/profile/{user_id}}: the whole learned profile, affinities as of the request. */
@Schema(name = "Profile")
record ProfileView(
        String userId,
        String timezone,

        @Schema(
                description = "False while the zone is the default (UTC) nobody chose; the web app then sets the"
                        + " browser's")
        boolean timezoneChosen,

        @Schema(description = "The saved style plans are made for when a request names none; null until chosen")
        @Nullable
        Archetype archetype,

        @Schema(description = "The saved energy mode; null until chosen") @Nullable
        EnergyMode mode,

        LearningPhase currentLearningPhase,
        OffsetDateTime phaseStartedAt,
        TotalsView totals,
        @Nullable OffsetDateTime firstActivityAt,
        @Nullable OffsetDateTime lastActivityAt,
        List<CategoryView> categories,
        List<TaskView> favorites,
        List<TaskView> disliked,
        List<TaskView> proven,
        int triedCount,
        List<TaskView> tasks) {

    static ProfileView from(
            PreferenceProfile profile, ProfileSettings settings, Map<String, Task> library, Instant now) {
        ProfileHeader header = profile.header();
        List<TaskView> tasks = profile.tasks().entrySet().stream()
                .map(entry -> TaskView.from(entry.getKey(), library.get(entry.getKey()), entry.getValue(), now))
                .sorted(Comparator.comparingDouble(TaskView::affinity)
                        .reversed()
                        .thenComparing(TaskView::taskLibraryId))
                .toList();
        return new ProfileView(
                header.userId(),
                settings.timezone().getId(),
                settings.timezoneChosen(),
                settings.archetype(),
                settings.mode(),
                header.phase(),
                header.phaseStartedAt().atOffset(ZoneOffset.UTC),
                TotalsView.from(header.totals()),
                utc(header.totals().firstActivityAt()),
                utc(header.totals().lastActivityAt()),
                profile.categories().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> CategoryView.from(entry.getKey(), entry.getValue(), now))
                        .toList(),
                tasks.stream().filter(TaskView::favorite).toList(),
                tasks.stream().filter(TaskView::disliked).toList(),
                tasks.stream().filter(TaskView::proven).toList(),
                profile.tried().size(),
                tasks);
    }

    @Schema(name = "ProfileTotals")
    record TotalsView(int totalFeedback, int completed, int skipped, double completionRate) {
        static TotalsView from(Totals totals) {
            return new TotalsView(
                    totals.feedback(), totals.completed(), totals.skipped(), round(totals.completionRate()));
        }
    }

    @Schema(name = "ProfileCategory")
    record CategoryView(
            Category category,
            int feedbackCount,
            int completedCount,

            @Schema(description = "Planned tasks of this category left without a report when their day ended")
            int notReportedCount,

            double completionRate,
            @Nullable Double meanRating,
            double affinity) {
        static CategoryView from(Category category, CategoryStats stats, Instant now) {
            return new CategoryView(
                    category,
                    stats.feedbackCount(),
                    stats.completedCount(),
                    stats.notReportedCount(),
                    round(stats.completionRate()),
                    stats.meanRating().isPresent() ? round(stats.meanRating().getAsDouble()) : null,
                    round(stats.affinity().score(now)));
        }
    }

    @Schema(name = "ProfileTask")
    record TaskView(
            String taskLibraryId,
            @Nullable String taskName,
            @Nullable Category category,
            int timesShown,
            int timesCompleted,
            int timesSkipped,

            @Schema(description = "Times planned and left without a report when the day ended; counted in times_shown")
            int timesNotReported,

            int ratingCount,
            @Nullable Double meanRating,
            double affinity,
            @Nullable OffsetDateTime lastDoneAt,
            boolean favorite,
            boolean proven,
            boolean disliked) {
        static TaskView from(String id, @Nullable Task task, TaskStats stats, Instant now) {
            return new TaskView(
                    id,
                    task == null ? null : task.name(),
                    task == null ? null : task.category(),
                    stats.timesShown(),
                    stats.timesCompleted(),
                    stats.timesSkipped(),
                    stats.timesNotReported(),
                    stats.ratingCount(),
                    stats.meanRating().isPresent() ? round(stats.meanRating().getAsDouble()) : null,
                    round(stats.affinity().score(now)),
                    utc(stats.lastDoneAt()),
                    stats.isFavorite(),
                    stats.isProven(),
                    stats.isDisliked(now));
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
