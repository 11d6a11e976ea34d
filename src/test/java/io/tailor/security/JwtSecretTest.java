package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * INTERFACE.md: generated and kept on the embedded default; with an external database required and
 * long enough, unless a JWKS is configured, which makes a deployment that accepts no HS256 token.
 */
class JwtSecretTest {

    private static final boolean EMBEDDED = true;
    private static final boolean EXTERNAL = false;
    private static final boolean JWKS = true;
    private static final boolean NO_JWKS = false;

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultGeneratesOneSecretAndKeepsIt() throws Exception {
        String first = JwtSecret.resolve("", EMBEDDED, NO_JWKS, dataDir).orElseThrow();
        assertThat(first).hasSize(64);
        assertThat(Files.readString(dataDir.resolve(JwtSecret.FILE_NAME))).isEqualTo(first);
        assertThat(JwtSecret.resolve("", EMBEDDED, NO_JWKS, dataDir)).contains(first);
        assertThat(JwtSecret.resolve("", EMBEDDED, JWKS, dataDir))
                .as("beside a JWKS too, so scripts/token.sh works")
                .contains(first);
    }

    @Test
    void anExternalDatabaseWithoutASecretOrAJwksRefusesToStartSayingWhy() {
        assertThatThrownBy(() -> JwtSecret.resolve("", EXTERNAL, NO_JWKS, dataDir))
                .hasMessageContaining("TAILOR_JWT_SECRET")
                .hasMessageContaining("TAILOR_JWT_JWKS_URL");
    }

    @Test
    void anExternalDatabaseWithAJwksStartsWithoutASecretAndAcceptsNoHs256Token() throws Exception {
        assertThat(JwtSecret.resolve("", EXTERNAL, JWKS, dataDir)).isEmpty();
        assertThat(dataDir.resolve(JwtSecret.FILE_NAME)).doesNotExist();
        JWSHeader hs256 = new JWSHeader(JWSAlgorithm.HS256);
        assertThat(new SigningKeys(Optional.empty(), Optional.empty()).selectJWSKeys(hs256, null))
                .isEmpty();
    }

    @Test
    void aSecretShorterThanThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> JwtSecret.resolve("x".repeat(31), EMBEDDED, NO_JWKS, dataDir))
                .hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> JwtSecret.resolve("x".repeat(31), EXTERNAL, JWKS, dataDir))
                .hasMessageContaining("shorter than 32 bytes");
        assertThat(JwtSecret.resolve("x".repeat(32), EXTERNAL, NO_JWKS, dataDir))
                .hasValueSatisfying(secret -> assertThat(secret).hasSize(32));
    }
}
