package io.tailor.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs test tokens the way Supabase does: HS256 with the shared secret. */
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
        Instant issued = Instant.now();
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
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
    }

    public static String sign(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
