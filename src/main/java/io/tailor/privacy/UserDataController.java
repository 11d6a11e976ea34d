package io.tailor.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.security.Identity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export, erasure and a reset of what was learned, for a user themself or the service role. Another
 * user's export is a 404, like every read; their erasure or reset a 403, like every write.
 */
@RestController
@RequestMapping("/api/v1/users/{user_id}")
@Tag(name = "User data", description = "A user's data rights: export, erasure, and forgetting what was learned")
class UserDataController {

    private final UserData data;

    UserDataController(UserData data) {
        this.data = data;
    }

    /** 200 also for a user Tailor knows nothing about: the document then says so with empty sections. */
    @GetMapping("/export")
    @Operation(
            operationId = "exportUserData",
            summary = "Everything Tailor holds about the user, as one JSON document",
            description = "Feedback, plans with items, the profile with learned stats, phase history, time zone,"
                    + " per-day counts, active runs, rotation state and stored replies, each row as stored.")
    @ApiResponse(
            responseCode = "200",
            description = "The document; empty sections for a user Tailor knows nothing about",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ProblemStatuses({400, 404})
    ResponseEntity<String> export(@PathVariable("user_id") String userId) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.notFound("No data export for user '" + userId + "'");
        }
        String document = data.export(valid(userId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tailor-" + userId + ".json")
                                .build()
                                .toString())
                .body(document);
    }

    /** 204 whether or not there was anything to delete, so a retry is safe. */
    @DeleteMapping
    @Operation(
            operationId = "deleteUserData",
            summary = "Remove every row of the user in every table; 204 again when repeated",
            description = "Every table whose user_id is a user_ref, learned state and idempotency records included;"
                    + " afterwards the user is as new.")
    @ApiResponse(responseCode = "204", description = "Nothing of the user remains")
    @ProblemStatuses({400, 403})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable("user_id") String userId) {
        if (!CurrentIdentity.require().canActFor(userId)) {
            throw ApiException.forbidden("You can delete only your own data");
        }
        data.delete(valid(userId));
    }

    @PostMapping("/reset-learning")
    @Operation(
            operationId = "resetLearning",
            summary = "Forget what was learned (stats, phase back to discovery); keep the feedback history",
            description = "Task and category stats and totals are cleared and the phase restarts; feedback, per-day"
                    + " counts, active runs, plans and rotation state stay. 404 when nothing was learned.")
    @ProblemStatuses({400, 403, 404})
    UserData.Reset resetLearning(@PathVariable("user_id") String userId) {
        Identity caller = CurrentIdentity.require();
        if (!caller.canActFor(userId)) {
            throw ApiException.forbidden("You can reset only your own learning");
        }
        return data.resetLearning(valid(userId), caller)
                .orElseThrow(() -> ApiException.notFound("Nothing has been learned about user '" + userId + "'"));
    }

    private static String valid(String userId) {
        if (!Identity.isUserId(userId)) {
            throw ApiException.invalid("user_id", Identity.USER_ID_RULE);
        }
        return userId;
    }
}
