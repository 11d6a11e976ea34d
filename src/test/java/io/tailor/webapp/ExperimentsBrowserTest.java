package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api;
import io.tailor.support.Api.Reply;
import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The operator view's experiments: started through the API, plans made, results shown as the API gives them. */
class ExperimentsBrowserTest extends IntegrationTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private final String id = "browser-" + UUID.randomUUID();
    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = BROWSER.chromium();
    }

    /** One experiment runs at a time in the database the integration tests share: none outlives its test. */
    @AfterEach
    void stopWhatRuns() {
        for (JsonNode experiment :
                api().get("/api/v1/experiments", Tokens.service()).json().get("experiments")) {
            if (experiment.get("status").asString().equals("running")) {
                api().post("/api/v1/experiments/" + experiment.get("id").asString() + "/stop", Tokens.service(), "");
            }
        }
    }

    @Test
    void theOperatorViewShowsEachArmsResultsWithTheirIntervalsAndStopsTheExperiment() {
        Reply started = api().send(
                        "PUT",
                        "/api/v1/experiments/" + id,
                        Map.of("Authorization", "Bearer " + Tokens.service(), "Content-Type", "application/json"),
                        """
                        {"arms": [{"name": "control", "policy": "library", "share": 0.5, "learns": false},
                                  {"name": "treatment", "policy": "adaptive", "share": 0.5, "learns": true}]}""");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        makePlansAndReport(8);
        JsonNode arms =
                api().get("/api/v1/experiments/" + id, Tokens.service()).json().get("arms");

        chromium.open("/admin", Chromium.DESKTOP);
        chromium.waitFor(By.id("admin-token")).sendKeys(Tokens.service());
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();
        String table = "table[data-experiment='" + id + "']";
        chromium.waitFor(By.cssSelector(table));

        for (JsonNode arm : arms) {
            String row = table + " tr[data-arm='" + arm.get("name").asString() + "']";
            assertThat(cell(row, "users")).isEqualTo(arm.get("users").asString());
            assertThat(cell(row, "planned_items"))
                    .isEqualTo(arm.get("planned_items").asString());
            assertThat(cell(row, "completion")).isEqualTo(percentWithInterval(arm.get("completion")));
            if (arm.has("difference")) {
                assertThat(cell(row, "difference.completion"))
                        .endsWith(" pp)")
                        .startsWith(
                                signed(arm.at("/difference/completion/value").asDouble() * 100));
            }
        }
        assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
        chromium.screenshot("admin-experiments", true);

        chromium.driver().findElement(By.cssSelector(".stop-experiment")).click();
        chromium.until(d -> d.findElement(By.id("experiments")).getText().contains("stopped"));
        assertThat(api().get("/api/v1/experiments/" + id, Tokens.service())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("stopped");
    }

    /** Users plan yesterday (a day that has ended) and each reports the first item done. */
    private void makePlansAndReport(int users) {
        Api api = api();
        PlanSteps steps = new PlanSteps(api);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        for (int i = 0; i < users; i++) {
            String user = "browser-exp-" + UUID.randomUUID();
            JsonNode plan = steps.plan(user, yesterday, "");
            steps.report(user, PlanSteps.items(plan).get(0), i % 3 != 0, yesterday + "T12:00:00Z");
        }
    }

    private String cell(String row, String metric) {
        WebElement cell = chromium.driver().findElement(By.cssSelector(row + " td[data-metric='" + metric + "']"));
        return cell.getText();
    }

    private static String percentWithInterval(JsonNode estimate) {
        return "%s (%s to %s)"
                .formatted(
                        percent(estimate.get("value")),
                        percent(estimate.get("ci_low")),
                        percent(estimate.get("ci_high")));
    }

    private static String percent(JsonNode value) {
        return String.format(Locale.ROOT, "%.1f%%", value.asDouble() * 100);
    }

    private static String signed(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return value >= 0 ? "+" + text : text;
    }
}
