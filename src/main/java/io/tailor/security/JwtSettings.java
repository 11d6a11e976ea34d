package io.tailor.security;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code TAILOR_JWT_SECRET} (empty: see {@link JwtSecret}), {@code TAILOR_JWT_JWKS_URL} and {@code
 * TAILOR_JWT_ISSUER} (empty: unused); how long fetched keys are trusted and how often an unknown
 * {@code kid} may cause a fetch (see {@link PublishedKeys}).
 */
@ConfigurationProperties("tailor.jwt")
record JwtSettings(
        @DefaultValue("") String secret,
        @Nullable URI jwksUrl,
        @DefaultValue("") String issuer,
        @DefaultValue("5m") Duration jwksMaxAge,
        @DefaultValue("10s") Duration jwksMinRefetchInterval) {}
