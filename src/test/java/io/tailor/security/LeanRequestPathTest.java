package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tailor.support.ManualClock;
import io.tailor.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The hand-written fast paths give Spring Security's verdicts, character for character. */
class LeanRequestPathTest {

    private final ManualClock clock = new ManualClock(TestClock.NOW);

    @Test
    void theFirewallFastPathAgreesWithSpringSecurityOnEveryCharacter() {
        for (Predicate<String> spring : List.of(
                StrictHttpFirewall.ALLOWED_HEADER_NAMES,
                StrictHttpFirewall.ALLOWED_HEADER_VALUES,
                StrictHttpFirewall.ALLOWED_PARAMETER_NAMES,
                StrictHttpFirewall.ALLOWED_PARAMETER_VALUES)) {
            Predicate<String> fast = PrintableAscii.orElse(spring);
            for (char c = 0; c < 0x3000; c++) {
                String value = "Bearer ab" + c + "cd";
                assertThat(fast.test(value)).as("U+%04X", (int) c).isEqualTo(spring.test(value));
            }
        }
    }

    @Test
    void bearerTokensAreResolvedAsSpringSecurityResolvesThem() {
        List<String> headers = List.of(
                "Bearer abc.DEF-123_~+/xyz",
                "bearer abc",
                "BEARER abc==",
                "Bearer abc=d",
                "Bearer ==",
                "Bearer",
                "Bearer ",
                "Bearerabc",
                "Bearer  abc",
                "Bearer a b",
                "Bearer ключ",
                "Basic dXNlcjpwYXNz",
                "");
        for (String header : headers) {
            assertThat(outcome(new BearerTokens(), header))
                    .as("Authorization: %s", header)
                    .isEqualTo(outcome(new DefaultBearerTokenResolver(), header));
        }
        assertThat(outcome(new BearerTokens(), null)).isEqualTo("no token");
    }

    @Test
    void aVerifiedTokenIsDecodedOnceAndItsExpiryCheckedOnEveryUse() {
        Map<String, Instant> expiries = Map.of(
                "fresh",
                clock.instant().plusSeconds(3600),
                "stale",
                clock.instant().minusSeconds(3600));
        List<String> verified = new ArrayList<>();
        JwtDecoder verifier = token -> {
            if (verified.contains(token)) {
                throw new BadJwtException("refused on second sight");
            }
            verified.add(token);
            return new Jwt(token, null, expiries.get(token), Map.of("alg", "HS256"), Map.of("sub", "u"));
        };
        VerifiedTokens tokens = new VerifiedTokens(verifier, () -> 0, clock);

        assertThat(tokens.decode("fresh").getTokenValue()).isEqualTo("fresh");
        assertThat(tokens.decode("fresh").getTokenValue()).isEqualTo("fresh");
        tokens.decode("stale");
        assertThat(catchThrowable(() -> tokens.decode("stale")))
                .as("an expired token goes back to the verifier, which refuses it")
                .isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("fresh", "stale");
    }

    @Test
    void aVerifiedTokenIsVerifiedAgainOnceTheSigningKeysChange() {
        List<String> verified = new ArrayList<>();
        JwtDecoder verifier = token -> {
            verified.add(token);
            return new Jwt(token, null, clock.instant().plusSeconds(3600), Map.of("alg", "ES256"), Map.of("sub", "u"));
        };
        AtomicLong keyGeneration = new AtomicLong();
        VerifiedTokens tokens = new VerifiedTokens(verifier, keyGeneration::get, clock);

        tokens.decode("token");
        tokens.decode("token");
        keyGeneration.incrementAndGet();
        tokens.decode("token");
        tokens.decode("token");
        assertThat(verified).containsExactly("token", "token");
    }

    private static String outcome(
            org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tasks");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            return Objects.requireNonNullElse(resolver.resolve(request), "no token");
        } catch (OAuth2AuthenticationException e) {
            return "refused: " + e.getError().getErrorCode() + " "
                    + e.getError().getDescription();
        }
    }
}
