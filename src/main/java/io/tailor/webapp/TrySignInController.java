package io.tailor.webapp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.Identity;
import io.tailor.security.Role;
import io.tailor.security.TokenMinter;
import io.tailor.web.ApiException;
import io.tailor.web.PeerAddress;
import io.tailor.web.ProblemStatuses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Try it as …": on the embedded default, where the service generated its own secret, anyone on this
 * machine may have a short-lived token for any user id or the service role, so a newcomer can use both
 * views after {@code ./mvnw spring-boot:run}. With {@code TAILOR_JWT_SECRET} or a JWKS configured it is
 * a 404, as if it did not exist; a connection from another machine is a 403 even on the embedded default,
 * whatever forwarded header it sends ({@link PeerAddress}).
 */
@RestController
@RequestMapping("/api/v1/try-sign-in")
@Tag(name = "Web app", description = "The companion web app's sign-in on the embedded default")
class TrySignInController {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final TokenMinter minter;

    TrySignInController(TokenMinter minter) {
        this.minter = minter;
    }

    @Schema(name = "TrySignInOffer")
    record Availability(
            @Schema(description = "How long a token lives") long lifetimeSeconds) {}

    @Schema(name = "TrySignInRequest")
    record TryRequest(
            @Schema(pattern = "^[A-Za-z0-9._:@-]{1,128}$", description = "Any user id; the service role's is free")
            String userId,

            @Schema(
                    allowableValues = {"authenticated", "service_role"},
                    description = "Default authenticated")
            @Nullable
            String role) {}

    @Schema(name = "TrySignInToken")
    record TryToken(String accessToken, String tokenType, String userId, String role, Instant expiresAt) {}

    @GetMapping
    @Operation(
            operationId = "trySignInAvailability",
            summary = "Whether the \"try it as\" sign-in is offered; no token needed",
            description = "200 only on the embedded default with a generated secret; 404 whenever TAILOR_JWT_SECRET"
                    + " or TAILOR_JWT_JWKS_URL is set.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Offered")
    @ProblemStatuses({401, 403, 404})
    Availability availability(HttpServletRequest request) {
        requireOffered(request);
        return new Availability(LIFETIME.toSeconds());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "trySignIn",
            summary = "A short-lived token for any user id or the service role, on the embedded default only",
            description = "Refused from another machine (403), and absent (404) whenever TAILOR_JWT_SECRET or"
                    + " TAILOR_JWT_JWKS_URL is set.")
    @SecurityRequirements
    @ApiResponse(responseCode = "201", description = "A token signed with the generated secret")
    @ProblemStatuses({401, 403, 404})
    TryToken signIn(@RequestBody TryRequest body, HttpServletRequest request) {
        requireOffered(request);
        @Nullable String userId = body.userId(); // absent from the JSON: null despite the schema
        Identity identity = new Identity(valid(userId), role(body.role()));
        TokenMinter.Minted minted = minter.mint(identity, LIFETIME);
        return new TryToken(
                minted.token(), "Bearer", identity.userId(), identity.role().claim(), minted.expiresAt());
    }

    private void requireOffered(HttpServletRequest request) {
        if (!minter.selfGenerated()) {
            throw ApiException.notFound("No sign-in here: this service verifies tokens issued elsewhere");
        }
        if (!PeerAddress.isLoopback(request)) {
            throw ApiException.forbidden("The try-it sign-in answers only requests from this machine");
        }
    }

    private static String valid(@Nullable String userId) {
        if (userId == null) {
            throw ApiException.invalid("user_id", "must not be null");
        }
        if (!Identity.isUserId(userId)) {
            throw ApiException.invalid("user_id", Identity.USER_ID_RULE);
        }
        return userId;
    }

    private static Role role(@Nullable String role) {
        if (role == null || role.equals(Role.AUTHENTICATED.claim())) {
            return Role.AUTHENTICATED;
        }
        if (role.equals(Role.SERVICE_ROLE.claim())) {
            return Role.SERVICE_ROLE;
        }
        throw ApiException.invalid("role", "must be authenticated or service_role");
    }
}
