package io.tailor.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's profile endpoint, and the user's settings: the time zone days and weeks are counted in, and
 * the style (archetype and energy) plans are made for when a request names none.
 */
@RestController
@RequestMapping("/api/v1/feedback/profile/{user_id}")
@Tag(name = "Profile", description = "What was learned about a user, their time zone and style")
class ProfileController {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final ProfileStore store;
    private final TaskLibrary library;
    private final Clock clock;

    ProfileController(ProfileStore store, TaskLibrary library, Clock clock) {
        this.store = store;
        this.library = library;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            operationId = "getProfile",
            summary = "The learned profile and the user's settings",
            description = "Totals, phase, per-category stats, favorites, disliked, proven and every task's stats,"
                    + " affinities as of the request; the time zone (and whether it was chosen) and the saved"
                    + " style. A user who never reported gets the starting state (discovery, nothing counted)."
                    + " Another user's profile is a 404.")
    @ProblemStatuses({400, 404})
    @Transactional(readOnly = true)
    ProfileView read(@PathVariable("user_id") String userId) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.notFound("No preference profile for user '" + userId + "'");
        }
        if (!Identity.isUserId(userId)) {
            throw ApiException.invalid("user_id", Identity.USER_ID_RULE);
        }
        return view(userId);
    }

    @PatchMapping
    @Operation(
            operationId = "updateProfile",
            summary = "Set the user's time zone and style",
            description = "Any of: the IANA zone days and weeks are counted in (default UTC), the archetype and"
                    + " the energy mode plans are made for when a plan request names none. A field left out"
                    + " stays as it is; the profile is created for a user who has none yet.")
    @ProblemStatuses({400, 403})
    @Transactional
    ProfileView update(@PathVariable("user_id") String userId, @RequestBody ProfileChange change) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.forbidden("You can change only your own profile");
        }
        if (!Identity.isUserId(userId)) {
            throw ApiException.invalid("user_id", Identity.USER_ID_RULE);
        }
        if (change.timezone() == null && change.archetype() == null && change.mode() == null) {
            throw ApiException.invalid("timezone", "give at least one of timezone, archetype and mode");
        }
        ZoneId zone = change.timezone() == null ? null : zone(change.timezone());
        String archetype = change.archetype() == null
                ? null
                : Named.parse(Archetype.class, "archetype", change.archetype(), ApiException::invalid)
                        .value();
        String mode = change.mode() == null
                ? null
                : Named.parse(EnergyMode.class, "mode", change.mode(), ApiException::invalid)
                        .value();
        if (!store.updateSettings(userId, zone, archetype, mode, clock.instant())) {
            throw ApiException.invalid("timezone", "is not a time zone the database knows");
        }
        return view(userId);
    }

    private ProfileView view(String userId) {
        ProfileSettings settings = store.settings(userId);
        PreferenceProfile profile = store.load(userId)
                .orElseGet(() ->
                        PreferenceProfile.empty(ProfileHeader.newcomer(userId, settings.timezone(), clock.instant())));
        Map<String, Task> tasks = library.byIds(profile.tasks().keySet()).stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        return ProfileView.from(profile, settings, tasks, clock.instant());
    }

    private static ZoneId zone(String name) {
        if (!ZONES.contains(name)) {
            throw ApiException.invalid(
                    "timezone", "must be an IANA time zone such as Europe/Berlin, got '" + name + "'");
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw ApiException.invalid("timezone", "is not a known time zone");
        }
    }

    @Schema(name = "ProfileChange")
    record ProfileChange(
            @Schema(example = "America/New_York") @Nullable String timezone,

            @Schema(implementation = Archetype.class) @Nullable
            String archetype,

            @Schema(implementation = EnergyMode.class) @Nullable
            String mode) {}
}
