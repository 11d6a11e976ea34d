package io.tailor.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.config.FeatureFlags;
import io.tailor.database.DatabaseCheck;
import io.tailor.database.SharedAnswer;
import io.tailor.library.TaskLibrary;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.web.ProblemStatuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health for probes without a token: 200 when the database answers, 503 when it does not answer within
 * the health timeout, also when it is stalled rather than down, and never because the request pool is busy
 * ({@link DatabaseCheck}: the probes' own connections). The library
 * version, task count and flags are for the service role only, because they tell anyone who asks
 * which rules and thresholds the service runs. Probes arriving together share one database question. A token that is sent is verified as on any path (an
 * invalid one gets a 401 before this runs), so a user's valid token gets the public answer.
 */
@RestController
@Tag(name = "Feedback")
class HealthController {

    private final FeatureFlags flags;
    private final SharedAnswer<TaskLibrary.LibraryStatus> status;

    HealthController(FeatureFlags flags, DatabaseCheck check) {
        this.flags = flags;
        this.status = check.probe(TaskLibrary::status);
    }

    @GetMapping("/api/v1/feedback/health")
    @Operation(
            operationId = "health",
            summary = "Status and database reachability; no token needed",
            description = "503 when the database does not answer within the health timeout (600 ms by default).")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The database answers")
    @ApiResponse(responseCode = "503", description = "The database does not answer")
    @ProblemStatuses(401) // a token is optional here, but one that is sent must verify
    ResponseEntity<Health> health() {
        boolean service = CurrentIdentity.find().filter(Identity::isService).isPresent();
        return status.get()
                .map(status -> ResponseEntity.ok(service ? Health.up(status, flags) : Health.UP))
                .orElseGet(() -> ResponseEntity.status(503).body(service ? Health.down(flags) : Health.DOWN));
    }

    /** Status and database for everyone; the rest, left out of the JSON when null, for the service role. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(
            String status,
            String database,
            @Nullable String libraryVersion,
            @Nullable Integer taskCount,
            @Nullable FeatureFlags flags) {

        static final Health UP = new Health("healthy", "up", null, null, null);
        static final Health DOWN = new Health("unhealthy", "down", null, null, null);

        static Health up(TaskLibrary.LibraryStatus library, FeatureFlags flags) {
            return new Health("healthy", "up", library.version().orElse(null), library.activeCount(), flags);
        }

        static Health down(FeatureFlags flags) {
            return new Health("unhealthy", "down", null, null, flags);
        }
    }
}
