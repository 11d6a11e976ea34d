package io.tailor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FeaturesOffTest;
import io.tailor.support.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackCollectionOffTest extends FeaturesOffTest {

    @Test
    void withTheFlagOffFeedbackIsUnavailableAndNothingIsWritten() {
        String user = "flag-off-user";
        Reply reply = api().post("/api/v1/feedback/task", Tokens.user(user), """
                {"user_id": "flag-off-user", "task_name": "Yoga", "category": "movement", "completed": true}""");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("FEEDBACK_COLLECTION_ENABLED");
        assertThat(sql.query("service_role", null, "select count(*) from user_task_feedback where user_id = ?", user))
                .containsExactly(List.of(0L));
    }
}
