package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The operator view's offline evaluation: a date range evaluated by the service, each policy's estimates shown. */
class EvaluationBrowserTest extends IntegrationTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2);

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = BROWSER.chromium();
    }

    @Test
    void theOperatorEvaluatesEveryPolicyOnTheDecisionsOfADateRange() {
        PlanSteps steps = new PlanSteps(api());
        for (int i = 0; i < 4; i++) {
            String user = "browser-ope-" + UUID.randomUUID();
            List<JsonNode> items = PlanSteps.items(steps.plan(user, DAY, ""));
            steps.report(user, items.get(0), true, DAY + "T12:00:00Z");
            steps.report(user, items.get(1), i % 2 == 0, DAY + "T13:00:00Z");
        }
        JsonNode expected = api().get("/api/v1/decisions/evaluation?from=" + DAY + "&to=" + DAY, Tokens.service())
                .json();

        chromium.open("/admin", Chromium.DESKTOP);
        chromium.waitFor(By.id("admin-token")).sendKeys(Tokens.service());
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();
        chromium.waitFor(By.id("ope-form"));
        chromium.script(
                "document.getElementById('ope-from').value = arguments[0];"
                        + " document.getElementById('ope-to').value = arguments[0];",
                DAY.toString());
        chromium.driver().findElement(By.cssSelector("#ope-form button")).click();
        chromium.waitFor(By.id("ope-estimates"));

        assertThat(chromium.driver().findElement(By.id("ope-summary")).getText())
                .startsWith(expected.get("decisions").asString() + " decisions planned " + DAY);
        for (String policy : List.of("static", "library", "adaptive", "thompson", "logging")) {
            for (String estimator : List.of("ips", "snips", "dr")) {
                assertThat(cell(policy, estimator, "value"))
                        .matches("-?\\d+\\.\\d% \\(-?\\d+\\.\\d% to -?\\d+\\.\\d%\\)|–");
            }
        }
        JsonNode loggingIps = expected.get("estimates")
                .valueStream()
                .filter(e -> e.get("policy").asString().equals("logging")
                        && e.get("estimator").asString().equals("ips"))
                .findFirst()
                .orElseThrow();
        assertThat(cell("logging", "ips", "value"))
                .startsWith(String.format(
                        Locale.ROOT, "%.1f%%", loggingIps.get("value").asDouble() * 100));
        assertThat(cell("logging", "ips", "decisions"))
                .isEqualTo(loggingIps.get("decisions").asString());
        assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
        chromium.assertNoConsoleErrors();
    }

    private String cell(String policy, String estimator, String metric) {
        WebElement cell = chromium.driver()
                .findElement(By.cssSelector("#ope-estimates tr[data-policy='" + policy + "'][data-estimator='"
                        + estimator + "'] td[data-metric='" + metric + "']"));
        return cell.getText();
    }
}
