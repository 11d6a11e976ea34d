package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.DemoServiceTest;
import io.tailor.support.Tokens;
import org.junit.jupiter.api.Test;

/** On the embedded default with its generated secret: a token for a user or the service role that really verifies. */
class TrySignInApiTest extends DemoServiceTest {

    @Test
    void mintsAShortLivedTokenThatTheApiAcceptsForThatUserOnly() {
        assertThat(api().get("/api/v1/try-sign-in")
                        .json()
                        .get("lifetime_seconds")
                        .asLong())
                .isEqualTo(3600);
        Reply minted = trySignIn("""
                        {"user_id": "try-it-user"}""");
        assertThat(minted.status()).as(minted.body()).isEqualTo(201);
        String token = minted.json().get("access_token").asString();
        assertThat(minted.json().get("role").asString()).isEqualTo("authenticated");

        assertThat(api().get("/api/v1/feedback/profile/try-it-user", token).status())
                .as("no profile yet (the starting one), but the token verified")
                .isEqualTo(200);
        assertThat(api().get("/api/v1/metrics/success", token).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/tasks?limit=1", Tokens.user("try-it-user"))
                        .status())
                .as("a token signed with another secret is still refused")
                .isEqualTo(401);
    }

    @Test
    void mintsAServiceRoleTokenForTheOperatorView() {
        Reply minted = trySignIn("""
                {"user_id": "operator", "role": "service_role"}""");
        assertThat(minted.status()).as(minted.body()).isEqualTo(201);
        String token = minted.json().get("access_token").asString();
        assertThat(api().get("/api/v1/metrics/success", token).status()).isEqualTo(200);
    }

    @Test
    void aBadUserIdOrRoleIsAProblemNamingTheField() {
        Reply badUser = trySignIn("""
                {"user_id": "no spaces"}""");
        assertThat(badUser.status()).isEqualTo(400);
        assertThat(badUser.json().get("errors").get(0).get("field").asString()).isEqualTo("user_id");
        Reply badRole = trySignIn("""
                {"user_id": "someone", "role": "anon"}""");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
    }

    private Reply trySignIn(String json) {
        return api().send("POST", "/api/v1/try-sign-in", java.util.Map.of("Content-Type", "application/json"), json);
    }
}
