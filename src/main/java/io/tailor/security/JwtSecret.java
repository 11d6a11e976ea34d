package io.tailor.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 secret: {@code TAILOR_JWT_SECRET}, or on the embedded default one generated once and kept
 * in the data directory (so {@code scripts/token.sh} works, with or without a JWKS). With an external
 * database and no secret, only a {@code TAILOR_JWT_JWKS_URL} lets the service start, and then it
 * accepts no HS256 token at all. A secret that is set but short always stops start-up.
 */
final class JwtSecret {

    static final int MINIMUM_BYTES = 32;
    static final String FILE_NAME = "jwt-secret";

    private static final Logger log = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {}

    static Optional<String> resolve(String configured, boolean embeddedDatabase, boolean jwks, Path dataDir) {
        if (!configured.isEmpty()) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
                throw new IllegalStateException(
                        "TAILOR_JWT_SECRET is shorter than " + MINIMUM_BYTES + " bytes; HS256 needs at least 32");
            }
            return Optional.of(configured);
        }
        if (embeddedDatabase) {
            return Optional.of(readOrGenerate(dataDir.resolve(FILE_NAME)));
        }
        if (!jwks) {
            throw new IllegalStateException("TAILOR_JWT_SECRET (at least " + MINIMUM_BYTES
                    + " bytes, e.g. Supabase's JWT secret) or TAILOR_JWT_JWKS_URL must be set"
                    + " when SPRING_DATASOURCE_URL points at an external database");
        }
        log.info("No TAILOR_JWT_SECRET: only RS256 and ES256 tokens from TAILOR_JWT_JWKS_URL are accepted");
        return Optional.empty();
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                log.info(
                        "Using the JWT secret in {}. Get a token with: scripts/token.sh <user-id> [service_role]",
                        file);
                return Files.readString(file).strip();
            }
            byte[] random = new byte[MINIMUM_BYTES];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            log.info("Generated a JWT secret in {}. Get a token with: scripts/token.sh <user-id> [service_role]", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the JWT secret file " + file, e);
        }
    }
}
