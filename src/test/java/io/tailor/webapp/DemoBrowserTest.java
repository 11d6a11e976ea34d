package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.security.Identity;
import io.tailor.security.Role;
import io.tailor.security.TokenMinter;
import io.tailor.simulation.SimulationCommand;
import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.DemoServiceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * Both views as a newcomer meets them after {@code java -jar tailor.jar demo}: signed in with "try it as",
 * over the demo users' four weeks. The screenshots in docs/ are these runs' target/screenshots.
 */
class DemoBrowserTest extends DemoServiceTest {

    @Autowired
    private TokenMinter minter;

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = BROWSER.chromium();
    }

    @BeforeAll
    static void anEvaluationChart() {
        int status = new CommandLine(new SimulationCommand())
                .execute(
                        "--users",
                        "120",
                        "--weeks",
                        "6",
                        "--out",
                        evaluationDir().toString());
        assertThat(status).isZero();
        assertThat(evaluationDir().resolve("completion.svg")).isRegularFile();
    }

    @Test
    void tryingItAsADemoUserShowsTheirDayAndFourWeeksOfHistory() {
        chromium.open("/", Chromium.PHONE);
        chromium.waitFor(By.id("try-user-id"));
        chromium.screenshot("user-phone-sign-in", false);
        chromium.driver().findElement(By.id("try-button")).click();
        chromium.until(d -> d.findElements(By.cssSelector("#plan .card")).size() == 5);
        chromium.until(d -> d.findElements(By.cssSelector("#plan .card.done, #plan .card.skipped"))
                        .size()
                == 2);
        assertThat(chromium.driver().findElement(By.id("who")).getText()).isEqualTo("demo-ana");
        chromium.waitFor(By.cssSelector("dialog.celebration"));
        chromium.screenshot("user-phone-celebration", false);
        assertThat(unreadCelebrations("demo-ana")).as("unread until dismissed").isPositive();
        chromium.driver()
                .findElement(By.cssSelector("dialog.celebration button"))
                .click();
        chromium.until(d -> unreadCelebrations("demo-ana") == 0);
        chromium.driver().navigate().refresh();
        chromium.until(d -> d.findElements(By.cssSelector("#plan .card")).size() == 5);
        chromium.waitFor(By.className("phase-name"));
        assertThat(chromium.driver().findElements(By.cssSelector("dialog.celebration")))
                .as("a celebration is shown once")
                .isEmpty();
        chromium.screenshot("user-phone", false);

        chromium.resize(Chromium.DESKTOP);
        chromium.screenshot("user-desktop", true);
        String thisWeek = chromium.driver().findElement(By.id("week-heading")).getText();
        chromium.driver().findElement(By.id("earlier-week")).click();
        chromium.until(d -> !d.findElement(By.id("week-heading")).getText().equals(thisWeek));
        assertThat(chromium.driver().findElement(By.id("week-completion")).getText())
                .as("a past week of the demo history has completion")
                .matches("\\d+%");
        assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theOperatorViewShowsTheServiceRoleMetricsFlagsAUserAndTheEvaluation() {
        chromium.open("/admin", Chromium.DESKTOP);
        chromium.waitFor(By.id("try-button")).click();
        chromium.waitFor(By.id("metric-completion"));
        JsonNode metrics =
                api().get("/api/v1/metrics/success?days=7", service()).json();
        assertThat(chromium.driver().findElement(By.id("metric-completion")).getText())
                .isEqualTo(Math.round(
                                metrics.get("completion").get("completion_rate").asDouble() * 100) + "%");
        assertThat(chromium.driver()
                        .findElement(By.id("metric-planned-completion"))
                        .getText())
                .isEqualTo(Math.round(metrics.get("planned_completion")
                                        .get("completion_rate")
                                        .asDouble()
                                * 100) + "%");
        List<String> phases = new ArrayList<>();
        metrics.get("completion").get("by_learning_phase").propertyNames().forEach(phases::add);
        metrics.get("planned_completion_by_plan_phase").propertyNames().forEach(phases::add);
        assertThat(chromium.<List<String>>script("return Chart.getChart('phase-chart').data.labels;"))
                .containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(phases));
        assertThat(chromium.driver().findElement(By.id("flags")).getText()).contains("ENABLE_DYNAMIC_PLANS");
        chromium.waitFor(By.cssSelector("#evaluation img"));

        chromium.driver().findElement(By.cssSelector("#lookup button")).click();
        chromium.until(d -> d.findElement(By.id("user")).getText().contains("demo-ana:"));
        assertThat(chromium.driver().findElement(By.id("user")).getText()).contains("Last plans");
        chromium.screenshot("admin-desktop", true);
        assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theOperatorViewIsRefusedToAUsersToken() {
        String user = minter.mint(new Identity("demo-ben", Role.AUTHENTICATED), Duration.ofMinutes(5))
                .token();
        chromium.open("/admin", Chromium.DESKTOP);
        chromium.waitFor(By.id("admin-token")).sendKeys(user);
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();

        chromium.until(d -> d.findElement(By.id("messages")).getText().contains("service role"));
        assertThat(chromium.driver().findElements(By.id("metric-completion"))).isEmpty();
        assertThat(chromium.waitFor(By.id("token-form")).isDisplayed()).isTrue();
    }

    private int unreadCelebrations(String user) {
        return api().get("/api/v1/users/" + user + "/learning-phase", service())
                .json()
                .get("unread_celebrations")
                .size();
    }

    private String service() {
        return minter.mint(new Identity("operator", Role.SERVICE_ROLE), Duration.ofMinutes(5))
                .token();
    }
}
