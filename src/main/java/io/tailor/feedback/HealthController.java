package io.tailor.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.config.FeatureFlags;
import io.tailor.library.TaskLibrary;
import io.tailor.security.CurrentIdentity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness and readiness without a token: 200 when the database answers, 503 when it does not. */
@RestController
@Tag(name = "Feedback")
class HealthController {

    private static final Logger log = LoggerFactory.getLogger(HealthController.class);

    private final TaskLibrary library;
    private final FeatureFlags flags;
    private final TransactionTemplate readOnly;

    HealthController(TaskLibrary library, FeatureFlags flags, TransactionTemplate transaction) {
        this.library = library;
        this.flags = flags;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.readOnly.setTimeout(5);
    }

    @GetMapping("/api/v1/feedback/health")
    @Operation(
            operationId = "health",
            summary = "Status and database reachability; no token needed",
            description = "503 when the database does not answer.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The database answers")
    @ApiResponse(responseCode = "503", description = "The database does not answer")
    ResponseEntity<Health> health() {
        try {
            TaskLibrary.LibraryStatus status =
                    CurrentIdentity.runAsSystem(() -> readOnly.execute(transaction -> library.status()));
            return ResponseEntity.ok(
                    new Health("healthy", "up", status.version().orElse(null), status.activeCount(), flags));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Health check: database unreachable: {}", e.getMessage());
            return ResponseEntity.status(503).body(new Health("unhealthy", "down", null, 0, flags));
        }
    }

    record Health(String status, String database, @Nullable String libraryVersion, int taskCount, FeatureFlags flags) {}
}
