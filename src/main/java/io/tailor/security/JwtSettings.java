package io.tailor.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code TAILOR_JWT_SECRET}; empty means "generate one" on the embedded default (see {@link JwtSecret}). */
@ConfigurationProperties("tailor.jwt")
record JwtSettings(String secret) {}
