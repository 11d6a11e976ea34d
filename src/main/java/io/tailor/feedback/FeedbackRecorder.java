package io.tailor.feedback;

import io.tailor.library.Category;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.phase.LearningPhases;
import io.tailor.plan.PlanItems;
import io.tailor.profile.Outcome;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.ProfileLearning;
import io.tailor.profile.ProfileStore;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records one feedback: the event, its day's counts, the learned profile and the stored reply are
 * written in one transaction (with any phase transition it causes), after the user's profile row is locked, so concurrent feedback for one
 * user is applied one at a time and an idempotent retry sees the first attempt's outcome.
 */
@Service
class FeedbackRecorder {

    private final ProfileStore profiles;
    private final ProfileLearning learning;
    private final LearningPhases phases;
    private final TaskLibrary library;
    private final PlanItems planItems;
    private final FeedbackLog log;
    private final DailyActivity days;
    private final IdempotencyStore idempotency;
    private final JsonMapper json;
    private final Clock clock;

    FeedbackRecorder(
            ProfileStore profiles,
            ProfileLearning learning,
            LearningPhases phases,
            TaskLibrary library,
            PlanItems planItems,
            FeedbackLog log,
            DailyActivity days,
            IdempotencyStore idempotency,
            JsonMapper json,
            Clock clock) {
        this.profiles = profiles;
        this.learning = learning;
        this.phases = phases;
        this.library = library;
        this.planItems = planItems;
        this.log = log;
        this.days = days;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Recorded record(ValidFeedback feedback, Optional<String> idempotencyKey) {
        Instant now = clock.instant();
        ProfileHeader profile = profiles.lockOrCreate(feedback.userId(), now);
        String requestHash = hash(feedback.request());
        if (idempotencyKey.isPresent()) {
            var stored = idempotency.find(feedback.userId(), idempotencyKey.get(), now);
            if (stored.isPresent()) {
                return replay(stored.get(), requestHash);
            }
        }
        feedback.checkEventTime(now);
        Optional<Task> task = libraryTask(feedback);
        linkPlanItem(feedback);
        FeedbackLog.Event event = new FeedbackLog.Event(
                feedback.userId(),
                task.map(Task::id).orElse(null),
                feedback.request().planItemId(),
                feedback.request().taskName(),
                feedback.category(),
                feedback.outcome().completed(),
                feedback.outcome().rating(),
                feedback.request().notes(),
                feedback.outcome().occurredAt(),
                feedback.outcome().occurredAt().atZone(profile.timezone()).toLocalDate());
        var feedbackId = log.append(event);
        days.count(event);
        ProfileHeader updated = learning.learn(profile, task.map(Task::id), feedback.category(), feedback.outcome());
        LearningPhases.PhaseUpdate phase = phases.afterFeedback(updated);
        FeedbackReply reply = FeedbackReply.recorded(feedbackId, phase.phase(), phase.celebration());
        idempotencyKey.ifPresent(key ->
                idempotency.save(feedback.userId(), key, requestHash, feedbackId, json.writeValueAsString(reply), now));
        return new Recorded(reply, false);
    }

    private Recorded replay(IdempotencyStore.Stored stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new ApiException(
                    ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was already used with a different body; use a new key for a new feedback");
        }
        return new Recorded(json.readValue(stored.response(), FeedbackReply.class), true);
    }

    /** The library task the feedback is about: named by id (which must exist and match), else by exact name. */
    private Optional<Task> libraryTask(ValidFeedback feedback) {
        String id = feedback.request().taskLibraryId();
        if (id == null) {
            return library.findByName(feedback.request().taskName())
                    .filter(task -> task.category() == feedback.category());
        }
        Task task = library.find(id)
                .orElseThrow(
                        () -> ApiException.unprocessable("task_library_id", "no task '" + id + "' in the library"));
        if (task.category() != feedback.category()) {
            throw ApiException.unprocessable(
                    "task_library_id",
                    "task '" + id + "' is in category " + task.category().value() + ", not "
                            + feedback.category().value());
        }
        return Optional.of(task);
    }

    private void linkPlanItem(ValidFeedback feedback) {
        var planItemId = feedback.request().planItemId();
        if (planItemId != null
                && !planItems.markOutcome(
                        planItemId, feedback.userId(), feedback.outcome().completed())) {
            throw ApiException.unprocessable("plan_item_id", "no plan item '" + planItemId + "' for this user");
        }
    }

    private String hash(FeedbackRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Recorded(FeedbackReply reply, boolean replayed) {}

    /** A request that passed validation, with its category parsed and its event time resolved. */
    record ValidFeedback(FeedbackRequest request, Category category, Outcome outcome) {

        static final Duration MAX_FUTURE = Duration.ofMinutes(5);
        static final Duration MAX_PAST = Duration.ofDays(30);

        String userId() {
            return request.userId();
        }

        /**
         * Checked after an idempotent replay was looked up: a retry of recorded feedback is answered
         * even when its event time has since aged past the window.
         */
        void checkEventTime(Instant now) {
            if (outcome.occurredAt().isAfter(now.plus(MAX_FUTURE))) {
                throw ApiException.invalid("occurred_at", "must not be more than 5 minutes in the future");
            }
            if (outcome.occurredAt().isBefore(now.minus(MAX_PAST))) {
                throw ApiException.invalid("occurred_at", "must not be more than 30 days in the past");
            }
        }
    }
}
