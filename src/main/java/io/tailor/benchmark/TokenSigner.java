package io.tailor.benchmark;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs user tokens the way the service expects them (HS256, role, audience, expiry). */
final class TokenSigner {

    private final String secret;

    TokenSigner(String secret) {
        this.secret = secret;
    }

    String user(String userId) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("role", "authenticated")
                .audience("authenticated")
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2))))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the given secret", e);
        }
    }
}
