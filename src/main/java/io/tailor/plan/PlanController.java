package io.tailor.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.profile.ProfileSettings;
import io.tailor.profile.ProfileStore;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Daily plans: generate (or return the stored one) and read. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Daily plans: generated once per user and day, then stored")
class PlanController {

    private final PlanGenerator generator;
    private final ProfileStore profiles;
    private final Clock clock;

    PlanController(PlanGenerator generator, ProfileStore profiles, Clock clock) {
        this.generator = generator;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** 201 with a new plan; 200 with the stored one when the user already has a plan for that date. */
    @PostMapping
    @Operation(
            operationId = "generatePlan",
            summary = "The day's plan, generated or stored",
            description = "From the adaptive selector, else library scoring with rotation, else the fallback"
                    + " source, as the flags allow; every item carries a reason. Archetype and mode default to the"
                    + " ones saved in the profile (PATCH /api/v1/feedback/profile/{user_id}); 400 when neither is"
                    + " given nor saved. regenerate re-plans the day's pending items, e.g. for a new style.")
    @ApiResponse(responseCode = "201", description = "A new plan")
    @ApiResponse(responseCode = "200", description = "The plan already stored for that day")
    @ProblemStatuses({403, 409})
    ResponseEntity<PlanView> generate(@Valid @RequestBody PlanRequest request) {
        if (!CurrentIdentity.require().canActFor(request.userId())) {
            throw ApiException.forbidden("You can generate plans only for yourself");
        }
        ProfileSettings saved = request.archetype() == null || request.mode() == null
                ? profiles.settings(request.userId())
                : ProfileSettings.DEFAULT;
        PlanGenerator.Generated generated = generator.generate(new PlanGenerator.Order(
                request.userId(),
                style(Archetype.class, "archetype", request.archetype(), saved.archetype()),
                style(EnergyMode.class, "mode", request.mode(), saved.mode()),
                Optional.ofNullable(request.date()).map(this::withinAYear),
                categories(request.categories()),
                Boolean.TRUE.equals(request.regenerate())));
        return ResponseEntity.status(generated.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(generated.plan());
    }

    @GetMapping("/{user_id}")
    @Operation(operationId = "getPlan", summary = "A stored plan", description = "Another user's plan is a 404.")
    @ProblemStatuses({400, 404})
    PlanView read(
            @PathVariable("user_id") String userId,
            @Parameter(description = "Default: today in the user's time zone") @RequestParam(required = false) @Nullable
                    LocalDate date) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw noPlan(userId);
        }
        return generator.find(userId, Optional.ofNullable(date)).orElseThrow(() -> noPlan(userId));
    }

    /** The style the request names, else the one the profile saved; a 400 when neither says. */
    private static <E extends Enum<E> & Named> E style(
            Class<E> type, String field, @Nullable String requested, @Nullable E saved) {
        if (requested != null) {
            return Named.parse(type, field, requested, ApiException::invalid);
        }
        if (saved == null) {
            throw ApiException.invalid(field, "must not be null: none given and none saved in the profile");
        }
        return saved;
    }

    private static List<Category> categories(@Nullable List<String> requested) {
        if (requested == null) {
            return Category.DAILY_DEFAULT;
        }
        if (requested.isEmpty()) {
            throw ApiException.invalid("categories", "must name at least one category");
        }
        List<Category> categories = requested.stream()
                .map(value -> Named.parse(Category.class, "categories", value, ApiException::invalid))
                .toList();
        if (new HashSet<>(categories).size() != categories.size()) {
            throw ApiException.invalid("categories", "must not name a category twice");
        }
        return categories;
    }

    /** Plans are for days a person lives through: a year back (backfill) to a year ahead. */
    private LocalDate withinAYear(LocalDate date) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (date.isBefore(today.minusYears(1).minusDays(1))
                || date.isAfter(today.plusYears(1).plusDays(1))) {
            throw ApiException.invalid("date", "must be within a year of today");
        }
        return date;
    }

    private static ApiException noPlan(String userId) {
        return ApiException.notFound("No plan for user '" + userId + "' on that date");
    }
}
