package io.tailor.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.library.TaskLibrary;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import io.tailor.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /feedback/clear-context} (service role): drops cached state. Per user, that is the
 * replies kept for idempotent retries (without a user id: the expired replies of every user); the
 * only other cache is this instance's copy of the task library, which is dropped too, so a library
 * edited in the database is seen at once. Profiles are never cached, so nothing else can go stale.
 */
@RestController
@Tag(name = "Feedback")
class ContextController {

    private final IdempotencyStore idempotency;
    private final TaskLibrary library;
    private final Clock clock;

    ContextController(IdempotencyStore idempotency, TaskLibrary library, Clock clock) {
        this.idempotency = idempotency;
        this.library = library;
        this.clock = clock;
    }

    @PostMapping("/api/v1/feedback/clear-context")
    @Operation(
            operationId = "clearContext",
            summary = "Drop cached state (service role)",
            description =
                    "With a user_id, that user's stored idempotent replies; without, the expired ones of all users."
                            + " The cached task library is dropped too.")
    @ProblemStatuses(403)
    @Transactional
    Cleared clear(@Valid @RequestBody(required = false) @Nullable ClearRequest request, HttpServletRequest http) {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Clearing context needs the service role");
        }
        if (request == null && hasBody(http)) {
            // JSON null reads as no body at all: refused, as every other endpoint refuses it
            throw new ApiException(ProblemType.MALFORMED_JSON, "The request body must be a JSON object, or absent");
        }
        String userId = request == null ? null : request.userId();
        int replies = idempotency.clear(userId, clock.instant());
        library.forget();
        String scope = userId == null ? "expired idempotent replies of all users" : "idempotent replies of " + userId;
        return new Cleared(
                "success", userId, replies, true, "Cleared " + replies + " " + scope + " and the cached task library");
    }

    private static boolean hasBody(HttpServletRequest http) {
        return http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
    }

    record ClearRequest(
            @Nullable @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}")
            String userId) {}

    record Cleared(
            String status,
            @Nullable String userId,
            int idempotentRepliesCleared,
            boolean taskLibraryCacheCleared,
            String message) {}
}
