package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The user view in a real Chromium against the real service, signed in the way a real deployment is: with
 * the app's token pasted in. Here {@code TAILOR_JWT_SECRET} is set, so the try-it sign-in must not show.
 */
class UserViewBrowserTest extends IntegrationTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = BROWSER.chromium();
    }

    @Test
    void signingInWithATokenShowsFivePlanCardsWithTheirReasonsAndNoTryItOption() {
        String user = signIn(Chromium.DESKTOP);

        JsonNode plan = api().get("/api/v1/plans/" + user, Tokens.user(user)).json();
        List<String> reasons = new ArrayList<>();
        plan.get("items").forEach(item -> reasons.add(item.get("reason").asString()));
        assertThat(cards()).hasSize(5);
        assertThat(cards().stream()
                        .map(card -> card.findElement(By.className("reason")).getText())
                        .toList())
                .containsExactlyElementsOf(reasons)
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(chromium.driver().findElements(By.id("try-form")))
                .as("no try-it sign-in while TAILOR_JWT_SECRET is set")
                .isEmpty();
        chromium.screenshot("user-desktop-signed-in-with-token", true);
    }

    @Test
    void doneWithARatingAndASkipAreRecordedOnceEachEvenWhenDoubleClickedAndThePhaseMoves() {
        String user = signIn(Chromium.DESKTOP);
        chromium.waitFor(By.id("phase-not-started"));

        cards().get(0).findElement(By.className("done")).click();
        WebElement four = chromium.waitFor(By.cssSelector(".card .rate[aria-label^='4 of 5']"));
        new Actions(chromium.driver()).doubleClick(four).perform();
        chromium.until(d -> cards().get(0).getDomAttribute("class").contains("done"));
        new Actions(chromium.driver())
                .doubleClick(cards().get(1).findElement(By.className("skip")))
                .perform();
        chromium.until(d -> cards().get(1).getDomAttribute("class").contains("skipped"));
        chromium.until(d -> phaseTasks().startsWith("Tasks done: 1 of"));

        JsonNode totals = api().get("/api/v1/feedback/profile/" + user, Tokens.user(user))
                .json()
                .get("totals");
        assertThat(totals.get("total_feedback").asInt()).isEqualTo(2);
        assertThat(totals.get("completed").asInt()).isEqualTo(1);
        assertThat(totals.get("skipped").asInt()).isEqualTo(1);
        JsonNode items =
                api().get("/api/v1/plans/" + user, Tokens.user(user)).json().get("items");
        assertThat(items.get(0).get("status").asString()).isEqualTo("done");
        assertThat(items.get(1).get("status").asString()).isEqualTo("skipped");
        assertThat(cards().get(0).getText()).contains("Done · rated 4 of 5");
        // discovery's goal counts the variation just tried in its category
        String category = items.get(0).get("category").asString();
        chromium.until(d -> d.findElement(By.cssSelector("#discovery-goal li[data-category=" + category + "]"))
                .getText()
                .contains(": 1 tried"));
        chromium.screenshot("user-desktop-after-reporting", true);
    }

    @Test
    void theWeekChartHasAPointPerDayWhoseValuesAreTheSummarys() {
        String user = signIn(Chromium.DESKTOP);
        cards().get(0).findElement(By.className("done")).click();
        chromium.waitFor(By.cssSelector(".card .rate.none")).click();
        chromium.until(d -> phaseTasks().startsWith("Tasks done: 1 of"));

        JsonNode summary =
                api().get("/api/v1/insights/weekly/" + user, Tokens.user(user)).json();
        List<Object> expected = new ArrayList<>();
        summary.get("daily_completion")
                .forEach(day -> expected.add(
                        day.get("total_tasks").asInt() == 0
                                ? null
                                : Math.round(day.get("completion_rate").asDouble() * 1000) / 10.0));
        chromium.until(d -> chartPoints("day-chart").get(0).stream().anyMatch(value -> value != null));
        List<List<Object>> datasets = chartPoints("day-chart");
        assertThat(datasets).hasSize(2);
        assertThat(datasets.get(0)).hasSize(7);
        assertThat(datasets.get(0).stream().map(Chromium::number).toList()).isEqualTo(expected);
        List<String> categories = new ArrayList<>();
        summary.get("category_performance")
                .forEach(c -> categories.add(c.get("category").asString()));
        assertThat(chromium.<List<Object>>script("return Chart.getChart('category-chart').data.labels;"))
                .isEqualTo(categories);
        assertThat(chromium.driver().findElement(By.id("week-completion")).getText())
                .isEqualTo(Math.round(summary.get("completion_stats")
                                        .get("completion_rate")
                                        .asDouble()
                                * 100) + "%");
    }

    @Test
    void aProblemFromTheApiIsShownAsAReadableMessageNotAsJson() {
        String expired = Tokens.sign(
                Tokens.SECRET,
                Tokens.claims("browser-expired", "authenticated")
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                        .build());
        chromium.open("/", Chromium.DESKTOP);
        chromium.waitFor(By.id("user-token")).sendKeys(expired);
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();

        WebElement message = chromium.waitFor(By.cssSelector("#messages .message"));
        assertThat(message.getText())
                .as("what to do, in words")
                .contains("Please sign in again")
                .doesNotContain("{")
                .doesNotContain("JWT")
                .doesNotContain("\"status\"");
        assertThat(chromium.waitFor(By.id("token-form")).isDisplayed())
                .as("back to signing in")
                .isTrue();
    }

    @Test
    void anItemReportedElsewhereSaysAlreadyRecordedAndTheCardShowsWhatWasRecorded() {
        String user = signIn(Chromium.DESKTOP);
        JsonNode item = api().get("/api/v1/plans/" + user, Tokens.user(user))
                .json()
                .get("items")
                .get(0);
        Reply elsewhere = api().post("/api/v1/feedback/task", Tokens.user(user), """
                        {"user_id": "%s", "plan_item_id": "%s", "completed": true, "satisfaction_rating": 5}""".formatted(
                        user, item.get("plan_item_id").asString()));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);

        cards().get(0).findElement(By.className("skip")).click();
        WebElement message = chromium.waitFor(By.cssSelector("#messages .message"));
        assertThat(message.getText())
                .startsWith("Already recorded: " + item.get("task_name").asString());
        chromium.until(d -> cards().get(0).getDomAttribute("class").contains("done"));
        assertThat(cards().get(0).getText()).contains("Done · rated 5 of 5");
    }

    @Test
    void aSlowCallShowsTheSpinnerUntilItAnswers() {
        String user = signIn(Chromium.DESKTOP);
        WebElement spinner = chromium.driver().findElement(By.id("spinner"));
        assertThat(spinner.isDisplayed()).isFalse();

        sql.asUser(user, connection -> {
            // the user's plan lock holds feedback for a plan item (R__record_feedback.sql) until this transaction ends
            try (PreparedStatement lock = connection.prepareStatement("select lock_user_plans(?)")) {
                lock.setString(1, user);
                lock.execute();
            }
            cards().get(0).findElement(By.className("skip")).click();
            return chromium.until(d -> spinner.isDisplayed());
        });

        chromium.until(d -> cards().get(0).getDomAttribute("class").contains("skipped"));
        assertThat(spinner.isDisplayed()).isFalse();
    }

    @Test
    void onAPhoneTheViewHasNoHorizontalScroll() {
        signIn(Chromium.PHONE);
        chromium.waitFor(By.id("week-empty"));
        long scrollWidth = chromium.script("return document.documentElement.scrollWidth;");
        long viewport = chromium.script("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
        chromium.screenshot("user-phone-new-user", false);
    }

    @Test
    void axeFindsNoViolationOfAnyImpactSignedOutDuringTheQuestionsOrIn() {
        chromium.open("/", Chromium.DESKTOP);
        chromium.waitFor(By.id("token-form"));
        assertThat(chromium.accessibilityViolations()).isEmpty();
        startSignIn(Chromium.DESKTOP);
        chromium.waitFor(By.id("onboarding-form"));
        assertThat(chromium.accessibilityViolations()).isEmpty();
        chromium.driver().findElement(By.id("onboarding-skip")).click();
        chromium.until(d -> cards().size() == 5);
        chromium.waitFor(By.id("phase-not-started"));
        chromium.until(d -> chartPoints("day-chart").size() == 2);
        chromium.driver().findElement(By.cssSelector("#settings summary")).click();
        assertThat(chromium.accessibilityViolations()).isEmpty();
    }

    /** Signs a new user in and skips the first questions. */
    private String signIn(Dimension size) {
        String user = startSignIn(size);
        chromium.waitFor(By.id("onboarding-skip")).click();
        chromium.until(d -> cards().size() == 5);
        return user;
    }

    private String startSignIn(Dimension size) {
        String user = "browser-" + UUID.randomUUID();
        chromium.open("/", size);
        chromium.waitFor(By.id("user-token")).sendKeys(Tokens.user(user));
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();
        return user;
    }

    private List<WebElement> cards() {
        return chromium.driver().findElements(By.cssSelector("#plan .card"));
    }

    private String phaseTasks() {
        return chromium.driver()
                .findElement(By.cssSelector("label[for=phase-tasks]"))
                .getText();
    }

    private List<List<Object>> chartPoints(String canvasId) {
        return chromium.script("return Chart.getChart(arguments[0]).data.datasets.map(d => d.data);", canvasId);
    }
}
