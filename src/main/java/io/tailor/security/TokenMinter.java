package io.tailor.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs HS256 tokens with the secret in force, as {@code scripts/token.sh} does: for the demo loader,
 * and for the web app's "try it as" sign-in, which only {@link #selfGenerated} deployments offer.
 */
public final class TokenMinter {

    private final Optional<JwtEncoder> encoder;
    private final boolean selfGenerated;
    private final Optional<String> issuer;
    private final Clock clock;

    TokenMinter(Optional<String> secret, boolean selfGenerated, Optional<String> issuer, Clock clock) {
        this.encoder = secret.map(value -> NimbusJwtEncoder.withSecretKey(
                        new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .build());
        this.selfGenerated = selfGenerated;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** A signed token for this identity; exp and iat from the service's clock, which is what verification reads. */
    public record Minted(String token, Instant expiresAt) {}

    /**
     * True only when the service generated its own secret on the embedded default and no {@code
     * TAILOR_JWT_SECRET} or {@code TAILOR_JWT_JWKS_URL} is configured: then nobody else can sign tokens,
     * and handing them out on request gives away nothing a real deployment relies on.
     */
    public boolean selfGenerated() {
        return selfGenerated;
    }

    public boolean canMint() {
        return encoder.isPresent();
    }

    public Minted mint(Identity identity, Duration lifetime) {
        JwtEncoder signer = encoder.orElseThrow(
                () -> new IllegalStateException("No HS256 secret in force (TAILOR_JWT_SECRET is unset)"));
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(identity.userId())
                .claim("role", identity.role().claim())
                .audience(List.of("authenticated"))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime));
        issuer.ifPresent(claims::issuer);
        String token = signer.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return new Minted(token, now.plus(lifetime));
    }
}
