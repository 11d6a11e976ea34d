package io.tailor.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 secret: {@code TAILOR_JWT_SECRET}, or on the embedded default one generated once and kept
 * in the data directory. With an external database a missing or short secret stops start-up.
 */
final class JwtSecret {

    static final int MINIMUM_BYTES = 32;
    static final String FILE_NAME = "jwt-secret";

    private static final Logger log = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {}

    static String resolve(String configured, boolean embeddedDatabase, Path dataDir) {
        if (!configured.isEmpty()) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
                throw new IllegalStateException(
                        "TAILOR_JWT_SECRET is shorter than " + MINIMUM_BYTES + " bytes; HS256 needs at least 32");
            }
            return configured;
        }
        if (!embeddedDatabase) {
            throw new IllegalStateException("TAILOR_JWT_SECRET must be set (at least " + MINIMUM_BYTES
                    + " bytes, e.g. Supabase's JWT secret) when SPRING_DATASOURCE_URL points at an external database");
        }
        return readOrGenerate(dataDir.resolve(FILE_NAME));
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
