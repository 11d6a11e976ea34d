package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * INTERFACE.md, Identity: every bad token is a 401 problem; good ones, Supabase's included, pass. Here
 * only HS256 with the secret is configured, and no issuer.
 */
class BearerTokenTest extends IntegrationTest {

    private static final String TASKS = "/api/v1/tasks?limit=1";

    @Test
    void aValidUserTokenIsAccepted() {
        assertThat(api().get(TASKS, Tokens.user("test-user-123")).status()).isEqualTo(200);
    }

    @Test
    void aSupabaseStyleTokenWithUuidSubjectIsAccepted() {
        String supabase = Tokens.sign(
                Tokens.SECRET,
                Tokens.claims("0b8f3c2e-6a1d-4d9b-9f1e-3c2a7b5d8e41", "authenticated")
                        .issuer("https://project.supabase.co/auth/v1")
                        .claim("email", "someone@example.com")
                        .claim("aal", "aal1")
                        .build());
        assertThat(api().get(TASKS, supabase).status()).isEqualTo(200);
    }

    @Test
    void supabasesServiceRoleKeyAsIssuedActsAsTheServiceRole() {
        String user = "someone-" + UUID.randomUUID();
        assertThat(api().post("/api/v1/feedback/task", Tokens.user(user), """
                                {"user_id": "%s", "task_name": "Yoga", "category": "movement", "completed": true}""".formatted(user))
                        .status())
                .isEqualTo(201);

        String serviceRoleKey = Tokens.supabaseServiceRoleKey();
        assertThat(api().get("/api/v1/feedback/profile/" + user, serviceRoleKey).status())
                .as("another user's profile, through row-level security as the service role")
                .isEqualTo(200);
        assertThat(api().get("/api/v1/metrics/success", serviceRoleKey).status())
                .isEqualTo(200);
    }

    @Test
    void aServiceRoleTokenWithASubjectStillActsAsTheServiceRole() {
        assertThat(api().get("/api/v1/metrics/success", Tokens.service()).status())
                .isEqualTo(200);
    }

    @Test
    void aUserTokenWithoutASubjectIsRejected() {
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                Tokens.SECRET,
                                new JWTClaimsSet.Builder()
                                        .claim("role", "authenticated")
                                        .audience("authenticated")
                                        .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                                        .build())));
    }

    @Test
    void anAsymmetricTokenWithoutAJwksConfiguredIsRejected() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(key, Tokens.claims("u1", "authenticated").build())));
    }

    @Test
    void aMissingTokenIsAnUnauthorizedProblem() {
        assertUnauthorized(api().get(TASKS));
    }

    @Test
    void aMalformedTokenIsRejected() {
        assertUnauthorized(api().get(TASKS, "not-a-jwt"));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                "another-secret-that-is-also-32-bytes-long",
                                Tokens.claims("u1", "authenticated").build())));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRejected() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"sub\":\"u1\",\"role\":\"service_role\",\"exp\":"
                        + Instant.now().plusSeconds(600).getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(api().get(TASKS, header + "." + payload + "."));
    }

    @Test
    void anExpiredTokenIsRejected() {
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                Tokens.SECRET,
                                Tokens.claims("u1", "authenticated")
                                        .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                                        .build())));
    }

    @Test
    void aTokenWithoutExpiryIsRejected() {
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                Tokens.SECRET,
                                new JWTClaimsSet.Builder()
                                        .subject("u1")
                                        .claim("role", "authenticated")
                                        .build())));
    }

    @Test
    void aTokenForAnotherAudienceOrRoleIsRejected() {
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                Tokens.SECRET,
                                Tokens.claims("u1", "authenticated")
                                        .audience("somebody-else")
                                        .build())));
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(Tokens.SECRET, Tokens.claims("u1", "anon").build())));
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                Tokens.SECRET,
                                Tokens.claims("bad id!", "authenticated").build())));
    }

    @Test
    void theHealthCheckNeedsNoToken() {
        assertThat(api().send("GET", "/api/v1/feedback/health", Map.of(), "").status())
                .isEqualTo(200);
    }

    private static void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        assertThat(reply.json().get("title").asString()).isEqualTo("Authentication required");
        assertThat(reply.json().get("type").asString()).endsWith("/unauthorized");
        assertThat(reply.json().get("detail").asString()).isNotBlank();
    }
}
