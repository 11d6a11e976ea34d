package io.tailor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.FeaturesOffTest;
import io.tailor.support.Tokens;
import org.junit.jupiter.api.Test;

class WeeklySummariesOffTest extends FeaturesOffTest {

    @Test
    void withTheFlagOffTheSummaryIsUnavailable() {
        Reply reply = api().get("/api/v1/insights/weekly/someone", Tokens.user("someone"));
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("WEEKLY_SUMMARIES_ENABLED");
    }
}
