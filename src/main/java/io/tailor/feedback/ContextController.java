package io.tailor.feedback;

import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /feedback/clear-context} (service role): drops per-user cached state. The only such
 * state is the replies kept for idempotent retries; the service holds no other per-user cache, so
 * nothing else can go stale. Without a user id it drops the expired replies of every user.
 */
@RestController
class ContextController {

    private final IdempotencyStore idempotency;
    private final Clock clock;

    ContextController(IdempotencyStore idempotency, Clock clock) {
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @PostMapping("/api/v1/feedback/clear-context")
    @Transactional
    Cleared clear(@Valid @RequestBody(required = false) @Nullable ClearRequest request) {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Clearing context needs the service role");
        }
        String userId = request == null ? null : request.userId();
        int replies = idempotency.clear(userId, clock.instant());
        String scope = userId == null ? "expired idempotent replies of all users" : "idempotent replies of " + userId;
        return new Cleared("success", userId, replies, "Cleared " + replies + " " + scope);
    }

    record ClearRequest(@Nullable @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}") String userId) {}

    record Cleared(String status, @Nullable String userId, int idempotentRepliesCleared, String message) {}
}
