package io.tailor.feedback;

import io.tailor.support.Api;
import io.tailor.support.Tokens;
import java.util.Map;

/** Feedback requests over HTTP as the user, with or without an {@code Idempotency-Key}. */
final class Feedbacks {

    private static final String PATH = "/api/v1/feedback/task";

    private final Api api;

    Feedbacks(Api api) {
        this.api = api;
    }

    Api.Reply post(String userId, String json) {
        return api.post(PATH, Tokens.user(userId), json);
    }

    Api.Reply post(String userId, String json, String idempotencyKey) {
        return api.send(
                "POST",
                PATH,
                Map.of(
                        "Authorization",
                        "Bearer " + Tokens.user(userId),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        idempotencyKey),
                json);
    }
}
