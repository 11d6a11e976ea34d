package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.config.DataDirectory;
import io.tailor.support.ManualClock;
import io.tailor.support.TestClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The try-it sign-in is offered only where the service generated its own secret: the embedded default
 * with neither {@code TAILOR_JWT_SECRET} nor {@code TAILOR_JWT_JWKS_URL} set.
 */
class TrySignInSwitchTest {

    private static final String SECRET = "a-configured-secret-of-at-least-32-bytes";
    private static final URI JWKS = URI.create("https://project.supabase.co/auth/v1/.well-known/jwks.json");

    @TempDir
    Path dataDir;

    @Test
    void offeredOnTheEmbeddedDefaultWithAGeneratedSecret() {
        assertThat(minter("", null, new MockEnvironment()).selfGenerated()).isTrue();
    }

    @Test
    void offWithAConfiguredSecret() {
        assertThat(minter(SECRET, null, new MockEnvironment()).selfGenerated()).isFalse();
    }

    @Test
    void offWithAJwksEvenThoughTheEmbeddedDefaultKeepsItsGeneratedSecretForScripts() {
        TokenMinter minter = minter("", JWKS, new MockEnvironment());
        assertThat(minter.selfGenerated()).isFalse();
        assertThat(minter.canMint())
                .as("scripts/token.sh and the demo still sign")
                .isTrue();
    }

    @Test
    void offWithAnExternalDatabase() {
        MockEnvironment external =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        assertThat(minter(SECRET, null, external).selfGenerated()).isFalse();
        assertThat(minter("", JWKS, external).selfGenerated()).isFalse();
    }

    private TokenMinter minter(String secret, URI jwks, MockEnvironment environment) {
        JwtSettings settings = new JwtSettings(secret, jwks, "", Duration.ofMinutes(5), Duration.ofSeconds(10));
        SecurityConfiguration configuration = new SecurityConfiguration();
        return configuration.tokenMinter(
                configuration.hsSecret(settings, environment, new DataDirectory(dataDir)),
                settings,
                new ManualClock(TestClock.NOW));
    }
}
