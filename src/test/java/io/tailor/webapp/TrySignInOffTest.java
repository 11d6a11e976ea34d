package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code TAILOR_JWT_SECRET} set (as here) the try-it sign-in does not exist: 404 problems, nothing minted. */
class TrySignInOffTest extends IntegrationTest {

    @Test
    void withAConfiguredSecretTheTrySignInAnswers404AndMintsNothing() {
        Reply offered = api().get("/api/v1/try-sign-in");
        assertThat(offered.status()).isEqualTo(404);
        assertThat(offered.contentType()).startsWith("application/problem+json");

        Reply minted = api().send("POST", "/api/v1/try-sign-in", Map.of("Content-Type", "application/json"), """
                {"user_id": "someone", "role": "service_role"}""");
        assertThat(minted.status()).isEqualTo(404);
        assertThat(minted.body()).doesNotContain("access_token");
    }
}
