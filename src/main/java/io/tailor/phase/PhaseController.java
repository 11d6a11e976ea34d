package io.tailor.phase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.library.Named;
import io.tailor.library.TaskLibrary;
import io.tailor.profile.DiscoveryGoal;
import io.tailor.profile.LearningPhase;
import io.tailor.profile.PreferenceProfile;
import io.tailor.profile.ProfileHeader;
import io.tailor.profile.ProfileSettings;
import io.tailor.profile.ProfileStore;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.web.ApiException;
import io.tailor.web.MaxCodePoints;
import io.tailor.web.ProblemStatuses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's learning phase, progress and history, with the celebrations not yet marked seen. Reading
 * changes nothing, so a prefetch loses no celebration: {@link CelebrationController} marks them seen. The
 * phase and the days of progress are as of now ({@link PhaseRules#asOf}): a user who paused moves on when
 * the days have passed, though the transition enters the history with their next feedback.
 */
@RestController
@RequestMapping("/api/v1/users/{user_id}/learning-phase")
@Tag(name = "Learning phase", description = "Discovery, establishment, mastery: where a user is and why")
class PhaseController {

    private final ProfileStore profiles;
    private final LearningPhases phases;
    private final PhaseHistory history;
    private final TaskLibrary library;
    private final Clock clock;

    PhaseController(
            ProfileStore profiles, LearningPhases phases, PhaseHistory history, TaskLibrary library, Clock clock) {
        this.profiles = profiles;
        this.library = library;
        this.phases = phases;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            operationId = "getLearningPhase",
            summary = "Phase, progress, history and unread celebrations",
            description = "Celebrations stay unread until marked seen with"
                    + " POST /api/v1/users/{user_id}/celebrations/{id}/seen; reading changes nothing. A user who"
                    + " never reported gets the starting state: discovery, no progress, no history.")
    @ProblemStatuses({400, 404})
    @Transactional(readOnly = true)
    PhaseView read(@PathVariable("user_id") String userId) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw notFound(userId);
        }
        if (!Identity.isUserId(userId)) {
            throw ApiException.invalid("user_id", Identity.USER_ID_RULE);
        }
        // a user nobody has heard from starts in discovery with nothing counted (no row, so no zone chosen)
        PreferenceProfile profile = profiles.load(userId)
                .orElseGet(() -> PreferenceProfile.empty(
                        ProfileHeader.newcomer(userId, ProfileSettings.DEFAULT.timezone(), clock.instant())));
        // the phase the days since the latest feedback have brought the user to; recorded by their next feedback
        ProfileHeader header = PhaseRules.asOf(profile.header(), phases.criteria(), clock.instant());
        return view(profile.withHeader(header), history.unread(userId));
    }

    @PutMapping
    @Operation(
            operationId = "overrideLearningPhase",
            summary = "Set the phase by hand (service role)",
            description = "Kept in the history with its reason; progress to the next phase counts from here.")
    @ProblemStatuses({403, 404})
    @Transactional
    PhaseView override(@PathVariable("user_id") String userId, @Valid @RequestBody Override request) {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Only the service role can override a learning phase");
        }
        LearningPhase to = Named.parse(LearningPhase.class, "phase", request.phase(), ApiException::invalid);
        if (profiles.find(userId).isEmpty()) {
            throw notFound(userId);
        }
        ProfileHeader locked = profiles.lockOrCreate(userId, clock.instant());
        ProfileHeader overridden = phases.override(locked, to, request.reason(), clock.instant());
        PreferenceProfile profile = profiles.load(userId).orElseGet(() -> PreferenceProfile.empty(overridden));
        return view(profile.withHeader(overridden), List.of());
    }

    private PhaseView view(PreferenceProfile profile, List<UnreadCelebration> unread) {
        ProfileHeader header = profile.header();
        return PhaseView.from(
                header,
                PhaseRules.progress(header, phases.criteria(), clock.instant()),
                DiscoveryGoal.tried(profile, library.snapshot().tasks()),
                history.all(header.userId()),
                unread);
    }

    private static ApiException notFound(String userId) {
        return ApiException.notFound("No learning phase for user '" + userId + "'");
    }

    @Schema(name = "PhaseOverride")
    record Override(
            @Schema(implementation = LearningPhase.class) @NotNull
            String phase,

            @Schema(maxLength = 500) @NotBlank @MaxCodePoints(500)
            String reason) {}
}
