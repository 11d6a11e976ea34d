package io.tailor.feedback;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.phase.LearningPhases;
import io.tailor.phase.Transition;
import io.tailor.profile.Outcome;
import io.tailor.security.Identity;
import io.tailor.web.ApiException;
import io.tailor.web.FieldProblem;
import io.tailor.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Records one feedback: the event, its day's counts, the learned profile, any phase transition and the
 * stored reply are written by one database call ({@link FeedbackStatement}), after the user's profile
 * row is locked, so concurrent feedback for one user is applied one at a time and an idempotent retry
 * sees the first attempt's outcome. What needs no database (validation, the library task) is settled
 * here first.
 */
@Service
class FeedbackRecorder {

    private final FeedbackStatement statement;
    private final LearningPhases phases;
    private final TaskLibrary library;
    private final Clock clock;

    FeedbackRecorder(FeedbackStatement statement, LearningPhases phases, TaskLibrary library, Clock clock) {
        this.statement = statement;
        this.phases = phases;
        this.library = library;
        this.clock = clock;
    }

    Recorded record(Identity caller, ValidFeedback feedback, Optional<String> idempotencyKey) {
        Instant now = clock.instant();
        Optional<Task> task = libraryTask(feedback);
        @Nullable String eventTimeProblem = feedback.eventTimeProblem(now);
        FeedbackStatement.Outcome outcome;
        try {
            outcome = statement.record(
                    caller,
                    new FeedbackStatement.Input(
                            feedback,
                            task.map(Task::id).orElse(null),
                            idempotencyKey,
                            idempotencyKey.map(key -> hash(feedback.request())).orElse(null),
                            eventTimeProblem,
                            now,
                            phases.sqlRules()));
        } catch (FeedbackStatement.Refused refused) {
            throw problem(refused, feedback, eventTimeProblem);
        }
        if (!outcome.replayed()) {
            outcome.transitions().forEach(moved -> phases.countTransition(moved.to(), moved.cause()));
        }
        return new Recorded(
                FeedbackReply.recorded(
                        outcome.feedbackId(),
                        outcome.phase(),
                        celebration(outcome.transitions()),
                        outcome.matchedTaskLibraryId()),
                outcome.replayed());
    }

    /** The celebration of the last phase this feedback reached, if it moved the user on. */
    static Transition.@Nullable Celebration celebration(List<FeedbackStatement.Moved> moved) {
        if (moved.isEmpty()) {
            return null;
        }
        FeedbackStatement.Moved last = moved.get(moved.size() - 1);
        return new Transition.Celebration(last.title(), last.message());
    }

    private static RuntimeException problem(
            FeedbackStatement.Refused refused, ValidFeedback feedback, @Nullable String eventTimeProblem) {
        UUID item = feedback.request().planItemId();
        return switch (refused.sqlState()) {
            case "TL409" ->
                new ApiException(
                        ProblemType.UNPROCESSABLE,
                        "This Idempotency-Key was already used with a different body; use a new key for a new feedback");
            case "TL400" -> ApiException.invalid("occurred_at", String.valueOf(eventTimeProblem));
            case "TLI04" ->
                ApiException.about(ProblemType.NOT_FOUND, "plan_item_id", "no plan item '" + item + "' for this user");
            case "TLI22" ->
                ApiException.about(
                        ProblemType.PLAN_ITEM_MISMATCH,
                        String.valueOf(refused.column()),
                        "plan item '" + item + "' is " + refused.getMessage()
                                + "; leave the field out or send the item's");
            case FeedbackStatement.Refused.PLAN_ITEM_REPORTED -> reported(item, refused.getMessage());
            default -> new IllegalStateException("unexpected refusal " + refused.sqlState(), refused);
        };
    }

    /** A 409 naming the feedback that reported the item first (when the database said which). */
    private static ApiException reported(@Nullable UUID item, @Nullable String firstFeedbackId) {
        String message = "plan item '" + item + "' was already reported"
                + (firstFeedbackId == null ? "" : " by feedback " + firstFeedbackId)
                + "; a plan item takes one feedback";
        return new ApiException(
                ProblemType.PLAN_ITEM_REPORTED,
                "plan_item_id: " + message,
                List.of(new FieldProblem("plan_item_id", message)),
                firstFeedbackId == null ? Map.of() : Map.of("feedback_id", firstFeedbackId));
    }

    /**
     * The library task the feedback names: by id (which must exist and match the category given), else by
     * name, trimmed and ignoring case. A plan item's feedback is matched by the item, in the database.
     */
    private Optional<Task> libraryTask(ValidFeedback feedback) {
        String id = feedback.request().taskLibraryId();
        String name = feedback.request().taskName();
        if (id == null) {
            return feedback.request().planItemId() != null || name == null
                    ? Optional.empty()
                    : library.findByName(name).filter(task -> task.category() == feedback.category());
        }
        Task task = library.find(id)
                .orElseThrow(
                        () -> ApiException.unprocessable("task_library_id", "no task '" + id + "' in the library"));
        if (feedback.category() != null && task.category() != feedback.category()) {
            throw ApiException.unprocessable(
                    "task_library_id",
                    "task '" + id + "' is in category " + task.category().value() + ", not "
                            + feedback.category().value());
        }
        return Optional.of(task);
    }

    /**
     * What an idempotent retry must repeat: every field of the body, NUL-separated (no text field may
     * hold a NUL), with an absent field told apart from an empty one.
     */
    static String hash(FeedbackRequest request) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : new Object[] {
            request.userId(),
            request.taskName(),
            request.category(),
            request.completed(),
            request.satisfactionRating(),
            request.taskLibraryId(),
            request.planItemId(),
            request.occurredAt() == null ? null : request.occurredAt().toInstant(),
            request.notes()
        }) {
            canonical.append(field == null ? "\u0001" : field).append('\u0000');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Recorded(FeedbackReply reply, boolean replayed) {}

    /**
     * A request that passed validation, with its category parsed (null when a plan item's feedback leaves
     * it to the item) and its event time resolved.
     */
    record ValidFeedback(FeedbackRequest request, @Nullable Category category, Outcome outcome) {

        static final Duration MAX_FUTURE = Duration.ofMinutes(5);
        static final Duration MAX_PAST = Duration.ofDays(30);

        /**
         * Why the event time is refused, or null. Enforced after an idempotent replay was looked up: a
         * retry of recorded feedback is answered even when its event time has since aged past the window.
         */
        @Nullable
        String eventTimeProblem(Instant now) {
            if (outcome.occurredAt().isAfter(now.plus(MAX_FUTURE))) {
                return "must not be more than 5 minutes in the future";
            }
            if (outcome.occurredAt().isBefore(now.minus(MAX_PAST))) {
                return "must not be more than 30 days in the past";
            }
            return null;
        }
    }
}
