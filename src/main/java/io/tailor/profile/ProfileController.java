package io.tailor.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.library.Task;
import io.tailor.library.TaskLibrary;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seed's profile endpoint, and setting the time zone that days and weeks are counted in. */
@RestController
@RequestMapping("/api/v1/feedback/profile/{user_id}")
@Tag(name = "Profile", description = "What was learned about a user, and their time zone")
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
            summary = "The learned profile",
            description = "Totals, phase, per-category stats, favorites, disliked, proven and every task's stats,"
                    + " affinities as of the request. Another user's profile is a 404.")
    @ProblemStatuses(404)
    @Transactional(readOnly = true)
    ProfileView read(@PathVariable("user_id") String userId) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw noProfile(userId);
        }
        PreferenceProfile profile = store.load(userId).orElseThrow(() -> noProfile(userId));
        return view(profile);
    }

    @PatchMapping
    @Operation(
            operationId = "updateProfile",
            summary = "Set the user's time zone",
            description = "The IANA zone that days and weeks are counted in (default UTC).")
    @ProblemStatuses(403)
    @Transactional
    ProfileView update(@PathVariable("user_id") String userId, @Valid @RequestBody ProfileChange change) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.forbidden("You can change only your own profile");
        }
        if (!Identity.isUserId(userId)) {
            throw ApiException.invalid("user_id", Identity.USER_ID_RULE);
        }
        if (!ZONES.contains(change.timezone())) {
            throw ApiException.invalid(
                    "timezone", "must be an IANA time zone such as Europe/Berlin, got '" + change.timezone() + "'");
        }
        if (!store.setTimezone(userId, zone(change.timezone()), clock.instant())) {
            throw ApiException.invalid("timezone", "is not a time zone the database knows");
        }
        return view(store.load(userId).orElseThrow());
    }

    private ProfileView view(PreferenceProfile profile) {
        Map<String, Task> tasks = library.byIds(profile.tasks().keySet()).stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        return ProfileView.from(profile, tasks, clock.instant());
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw ApiException.invalid("timezone", "is not a known time zone");
        }
    }

    private static ApiException noProfile(String userId) {
        return ApiException.notFound("No preference profile for user '" + userId + "'");
    }

    record ProfileChange(
            @Schema(example = "America/New_York") @NotNull String timezone) {}
}
