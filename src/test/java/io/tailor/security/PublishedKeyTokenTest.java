package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import io.tailor.support.Api.Reply;
import io.tailor.support.ServiceTest;
import io.tailor.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code TAILOR_JWT_JWKS_URL} and {@code TAILOR_JWT_ISSUER} set, as for a Supabase project with
 * asymmetric signing keys: RS256 and ES256 tokens are verified against a JWKS served over real HTTP,
 * keys come and go without a restart, and HS256 with the secret keeps working beside them. Each test
 * publishes keys of its own; refetches are not rate-limited here so that tests do not wait on each
 * other ({@link PublishedKeysTest} covers the limit).
 */
class PublishedKeyTokenTest extends ServiceTest {

    private static final String ISSUER = "https://project.supabase.co/auth/v1";
    private static final String TASKS = "/api/v1/tasks?limit=1";
    private static final byte[] SECRET = Tokens.SECRET.getBytes(StandardCharsets.UTF_8);

    private static final RSAKey RSA = rsa("rsa-current");
    private static final ECKey EC = ec("ec-current");
    private static final JwksServer JWKS = JwksServer.start(RSA, EC);
    private static final TestDatabase DATABASE = TestDatabase.create();

    private final String user = "jwks-" + UUID.randomUUID();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
        registry.add("tailor.jwt.jwks-url", JWKS::url);
        registry.add("tailor.jwt.issuer", () -> ISSUER);
        registry.add("tailor.jwt.jwks-min-refetch-interval", () -> "0s");
    }

    @AfterAll
    static void stopJwks() {
        JWKS.close();
    }

    @Test
    void theTrySignInIsAbsentBesideAJwks() {
        assertThat(api().get("/api/v1/try-sign-in").status()).isEqualTo(404);
    }

    @Test
    void rs256AndEs256TokensSignedWithPublishedKeysAreAccepted() {
        assertThat(api().get(TASKS, token(RSA, user)).status()).isEqualTo(200);

        Reply recorded = api().post("/api/v1/feedback/task", token(EC, user), """
                        {"user_id": "%s", "task_name": "Morning Lemon Water", "category": "hydration", "completed": true}""".formatted(user));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(api().get("/api/v1/feedback/profile/" + user, token(EC, user))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void hs256TokensSignedWithTheSecretStillWorkBesideTheJwks() {
        String token = Tokens.sign(
                Tokens.SECRET,
                Tokens.claims(user, "authenticated").issuer(ISSUER).build());
        assertThat(api().get(TASKS, token).status()).isEqualTo(200);
    }

    @Test
    void aKeyPublishedAfterStartIsAcceptedWithoutARestartAfterOneFetch() {
        warmUp();
        ECKey rotatedIn = ec("rotated-in-" + UUID.randomUUID());
        JWKS.publish(rotatedIn);
        int fetches = JWKS.fetches();

        assertThat(api().get(TASKS, token(rotatedIn, user)).status()).isEqualTo(200);
        assertThat(api().get(TASKS, token(rotatedIn, user + "-2")).status()).isEqualTo(200);
        assertThat(JWKS.fetches()).isEqualTo(fetches + 1);
    }

    @Test
    void aTokenNamingAnUnknownKeyIsRefusedAfterOneFetch() {
        warmUp();
        int fetches = JWKS.fetches();
        assertUnauthorized(api().get(TASKS, token(ec("never-published-" + UUID.randomUUID()), user)));
        assertThat(JWKS.fetches()).isEqualTo(fetches + 1);
    }

    @Test
    void aKeyWithdrawnFromTheJwksIsRefusedOnceTheJwksIsFetchedAgain() {
        ECKey retiring = ec("retiring-" + UUID.randomUUID());
        JWKS.publish(retiring);
        String token = token(retiring, user);
        assertThat(api().get(TASKS, token).status()).isEqualTo(200);
        assertThat(api().get(TASKS, token).status())
                .as("verified once, then cached")
                .isEqualTo(200);

        JWKS.withdraw(retiring);
        ECKey successor = ec("successor-" + UUID.randomUUID());
        JWKS.publish(successor);
        assertThat(api().get(TASKS, token(successor, user)).status())
                .as("the successor's token has the JWKS fetched again")
                .isEqualTo(200);

        assertUnauthorized(api().get(TASKS, token));
    }

    @Test
    void aKeyPastItsExpiryIsRefused() throws JOSEException {
        ECKey expired = new ECKeyGenerator(Curve.P_256)
                .keyID("expired-" + UUID.randomUUID())
                .expirationTime(Date.from(Instant.now().minusSeconds(60)))
                .generate();
        JWKS.publish(expired);
        assertUnauthorized(api().get(TASKS, token(expired, user)));
    }

    @Test
    void aTokenWhoseAlgDoesNotMatchItsSignatureIsRefusedBothWays() throws Exception {
        String kid = RSA.getKeyID();
        assertUnauthorized(api().get(TASKS, forge("RS256", kid, mac("HmacSHA256", SECRET))));
        assertUnauthorized(api().get(TASKS, forge("HS256", kid, signature("SHA256withRSA"))));
        // the classic confusion: a MAC keyed with the public key, which anyone can read from the JWKS
        assertUnauthorized(api().get(
                        TASKS,
                        forge("HS256", kid, mac("HmacSHA256", RSA.toPublicKey().getEncoded()))));
    }

    @Test
    void otherAlgorithmsAreRefusedEvenWithAGoodKey() throws Exception {
        assertUnauthorized(api().get(TASKS, forge("HS512", RSA.getKeyID(), mac("HmacSHA512", SECRET))));
        assertUnauthorized(api().get(TASKS, forge("RS512", RSA.getKeyID(), signature("SHA512withRSA"))));
    }

    @Test
    void aTokenFromAnotherIssuerOrWithoutOneIsRefused() {
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(
                                RSA,
                                claims(user)
                                        .issuer("https://other.supabase.co/auth/v1")
                                        .build())));
        assertUnauthorized(api().get(
                        TASKS,
                        Tokens.sign(RSA, Tokens.claims(user, "authenticated").build())));
        assertUnauthorized(
                api().get(TASKS, Tokens.supabaseServiceRoleKey()),
                "Supabase's service_role key says iss \"supabase\": with TAILOR_JWT_ISSUER set it is refused too");
    }

    @Test
    void whileTheJwksCannotBeFetchedAnUnknownKeyIsAServiceUnavailableProblemAndKnownKeysStillWork() {
        warmUp();
        JWKS.failing(true);
        try {
            Reply reply = api().get(TASKS, token(ec("during-outage-" + UUID.randomUUID()), user));
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).endsWith("/unavailable");

            assertThat(api().get(TASKS, token(RSA, user + "-outage")).status()).isEqualTo(200);
        } finally {
            JWKS.failing(false);
        }
    }

    private void warmUp() {
        assertThat(api().get(TASKS, token(EC, "warm-up-" + UUID.randomUUID())).status())
                .isEqualTo(200);
    }

    private static String token(JWK key, String userId) {
        return Tokens.sign(key, claims(userId).build());
    }

    private static JWTClaimsSet.Builder claims(String userId) {
        return Tokens.claims(userId, "authenticated").issuer(ISSUER);
    }

    /** A user's token whose header says {@code alg} but whose signature is what {@code signer} makes. */
    private String forge(String alg, String kid, Signer signer) throws GeneralSecurityException {
        JWTClaimsSet claims = claims(user).build();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}";
        String input = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return input + "." + base64.encodeToString(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void assertUnauthorized(Reply reply) {
        assertUnauthorized(reply, "a 401 problem");
    }

    private static void assertUnauthorized(Reply reply, String why) {
        assertThat(reply.status()).as(why).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/unauthorized");
    }

    private static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Signer mac(String algorithm, byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key, algorithm));
        return mac::doFinal;
    }

    private static Signer signature(String algorithm) throws GeneralSecurityException, JOSEException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(RSA.toPrivateKey());
        return input -> {
            signature.update(input);
            return signature.sign();
        };
    }

    private interface Signer {
        byte[] sign(byte[] input) throws GeneralSecurityException;
    }
}
