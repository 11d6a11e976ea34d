package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INTERFACE.md: generated and kept on the embedded default; required and long enough otherwise. */
class JwtSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultGeneratesOneSecretAndKeepsIt() throws Exception {
        String first = JwtSecret.resolve("", true, dataDir);
        assertThat(first).hasSize(64);
        assertThat(Files.readString(dataDir.resolve(JwtSecret.FILE_NAME))).isEqualTo(first);
        assertThat(JwtSecret.resolve("", true, dataDir)).isEqualTo(first);
    }

    @Test
    void anExternalDatabaseWithoutASecretRefusesToStartSayingWhy() {
        assertThatThrownBy(() -> JwtSecret.resolve("", false, dataDir))
                .hasMessageContaining("TAILOR_JWT_SECRET must be set");
    }

    @Test
    void aSecretShorterThanThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> JwtSecret.resolve("x".repeat(31), true, dataDir))
                .hasMessageContaining("shorter than 32 bytes");
        assertThat(JwtSecret.resolve("x".repeat(32), false, dataDir)).hasSize(32);
    }
}
