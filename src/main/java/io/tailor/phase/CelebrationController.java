package io.tailor.phase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acknowledgement of a celebration: the app says it was shown, and it leaves the unread list. An
 * explicit call, so that reading the learning phase (a prefetch, a second device) loses nothing.
 */
@RestController
@Tag(name = "Learning phase")
class CelebrationController {

    private final PhaseHistory history;
    private final Clock clock;

    CelebrationController(PhaseHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @PostMapping("/api/v1/users/{user_id}/celebrations/{id}/seen")
    @Operation(
            operationId = "markCelebrationSeen",
            summary = "Mark one celebration seen",
            description = "It leaves unread_celebrations; marking it again changes nothing. A celebration id the"
                    + " user does not have is a 404.")
    @ApiResponse(responseCode = "204", description = "Seen (now or before)")
    @ProblemStatuses({400, 403, 404})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void seen(@PathVariable("user_id") String userId, @PathVariable("id") UUID id) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.forbidden("You can mark only your own celebrations seen");
        }
        if (!history.markSeen(userId, id, clock.instant())) {
            throw ApiException.notFound("No celebration '" + id + "' for user '" + userId + "'");
        }
    }
}
