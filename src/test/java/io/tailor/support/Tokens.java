package io.tailor.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Signs test tokens the way Supabase does: HS256 with the shared secret, or with its asymmetric
 * signing keys, RS256 or ES256 naming the key by {@code kid}. They are issued at {@link #issuedAt}, so they
 * are valid both on the real clock and on the pinned {@link TestClock}, however far ahead it is moved.
 */
public final class Tokens {

    public static final String SECRET = "test-secret-that-is-at-least-32-bytes-long!";

    private Tokens() {}

    public static String user(String userId) {
        return sign(SECRET, claims(userId, "authenticated").build());
    }

    public static String service() {
        return sign(SECRET, claims("backend-job", "service_role").build());
    }

    /**
     * Supabase's service_role key exactly as Supabase issues it (Project settings, API keys): HS256 with
     * the project's JWT secret, {@code iss: "supabase"}, {@code ref}, {@code role}, {@code iat}, {@code
     * exp} ten years on, and no {@code sub} or {@code aud}.
     */
    public static String supabaseServiceRoleKey() {
        Instant issued = issuedAt();
        return sign(
                SECRET,
                new JWTClaimsSet.Builder()
                        .issuer("supabase")
                        .claim("ref", "abcdefghijklmnopqrst")
                        .claim("role", "service_role")
                        .issueTime(Date.from(issued))
                        .expirationTime(Date.from(issued.plus(Duration.ofDays(3650))))
                        .build());
    }

    public static JWTClaimsSet.Builder claims(String userId, String role) {
        return new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("role", role)
                .audience("authenticated")
                .expirationTime(Date.from(issuedAt().plusSeconds(3600)));
    }

    /** The later of the real time and the pinned test clock: a service on either clock takes the token. */
    public static Instant issuedAt() {
        Instant now = Instant.now();
        return now.isAfter(TestClock.NOW) ? now : TestClock.NOW;
    }

    public static String sign(String secret, JWTClaimsSet claims) {
        try {
            return sign(new JWSHeader(JWSAlgorithm.HS256), new MACSigner(secret), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ES256 with an EC key (P-256), else RS256 with an RSA key; the header names the key's {@code kid}. */
    public static String sign(JWK privateKey, JWTClaimsSet claims) {
        try {
            boolean ec = privateKey instanceof ECKey;
            JWSHeader header = new JWSHeader.Builder(ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256)
                    .keyID(privateKey.getKeyID())
                    .type(JOSEObjectType.JWT)
                    .build();
            JWSSigner signer = ec ? new ECDSASigner(privateKey.toECKey()) : new RSASSASigner(privateKey.toRSAKey());
            return sign(header, signer, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWSSigner signer, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
