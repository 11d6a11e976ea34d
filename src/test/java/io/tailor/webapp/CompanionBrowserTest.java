package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.IntegrationTest;
import io.tailor.support.PlanSteps;
import io.tailor.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 in a real Chromium: the first sign-in as a new person meets it (the browser's zone, three
 * questions), a style saved where it is chosen, cards that say what to do, a report changed the same day,
 * today's progress, focus rings, charts told apart without colour, and a report made offline sent once.
 */
class CompanionBrowserTest extends IntegrationTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = BROWSER.chromium();
    }

    @Test
    void theFirstSignInTakesTheBrowsersZoneAndTheQuestionsSaveTheStyleBeforeTheFirstPlan() {
        String zone = "Pacific/Kiritimati";
        String user = startSignIn(Chromium.PHONE, zone);

        chromium.waitFor(By.id("onboarding-form"));
        chromium.screenshot("user-phone-first-questions", false);
        chromium.driver()
                .findElement(By.cssSelector("label[for=style-resilience_rebuilder]"))
                .click();
        chromium.driver().findElement(By.cssSelector("label[for=energy-low]")).click();
        chromium.driver().findElement(By.id("onboarding-done")).click();
        chromium.until(d -> cards().size() == 5);

        JsonNode profile = profile(user);
        assertThat(profile.get("timezone").asString()).isEqualTo(zone);
        assertThat(profile.get("timezone_chosen").asBoolean()).isTrue();
        assertThat(profile.get("archetype").asString()).isEqualTo("resilience_rebuilder");
        assertThat(profile.get("mode").asString()).isEqualTo("low");
        JsonNode plan = api().get("/api/v1/plans/" + user, Tokens.user(user)).json();
        assertThat(plan.get("date").asString())
                .as("today at the browser's midnight")
                .isEqualTo(LocalDate.now(ZoneId.of(zone)).toString());
        assertThat(plan.get("archetype").asString()).isEqualTo("resilience_rebuilder");
        assertThat(chromium.driver().findElement(By.id("zone-shown")).getAttribute("textContent"))
                .isEqualTo(zone);
        assertThat(chromium.driver().findElement(By.id("greeting")).getText()).doesNotContain(user);
    }

    @Test
    void aStyleChangedIsSavedAtOnceSurvivesAReloadAndCanReplanTodaysOpenTasks() {
        String user = signIn(Chromium.DESKTOP);
        chromium.driver().findElement(By.cssSelector("#settings summary")).click();

        new Select(chromium.waitFor(By.id("mode"))).selectByValue("high");
        chromium.until(d -> "high".equals(profile(user).get("mode").asString()));
        chromium.driver().navigate().refresh();
        chromium.until(d -> cards().size() == 5);
        chromium.driver().findElement(By.cssSelector("#settings summary")).click();
        assertThat(new Select(chromium.waitFor(By.id("mode")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("high");

        new Select(chromium.driver().findElement(By.id("archetype"))).selectByValue("peak_performer");
        chromium.waitFor(By.id("replan")).click();
        chromium.until(d -> "peak_performer"
                .equals(api().get("/api/v1/plans/" + user, Tokens.user(user))
                        .json()
                        .get("archetype")
                        .asString()));
        assertThat(profile(user).get("archetype").asString()).isEqualTo("peak_performer");
    }

    @Test
    void aCardSaysWhatToDoForHowLongAndWhenAndItsButtonsNameTheTask() {
        String user = signIn(Chromium.DESKTOP);
        JsonNode item = api().get("/api/v1/plans/" + user, Tokens.user(user))
                .json()
                .get("items")
                .get(0);
        JsonNode task = api().get("/api/v1/tasks", Tokens.user(user))
                .json()
                .get("tasks")
                .valueStream()
                .filter(t -> t.get("id")
                        .asString()
                        .equals(item.get("task_library_id").asString()))
                .findFirst()
                .orElseThrow();
        WebElement card = cards().get(0);
        chromium.until(d -> !card.findElements(By.className("description")).isEmpty());

        assertThat(card.findElement(By.className("description")).getText())
                .isEqualTo(task.get("description").asString());
        assertThat(card.findElement(By.className("meta")).getText())
                .contains(task.get("duration_minutes").asInt() + " min")
                .containsIgnoringCase(item.get("time_block").asString());
        String name = item.get("task_name").asString();
        assertThat(card.findElement(By.className("done")).getAccessibleName()).isEqualTo("Done: " + name);
        assertThat(card.findElement(By.className("skip")).getAccessibleName()).isEqualTo("Skip: " + name);
        assertThat(chromium.driver().findElement(By.id("welcome-back")).isDisplayed())
                .as("a newcomer is not welcomed back")
                .isFalse();
        assertThat(chromium.driver().findElement(By.tagName("body")).getText())
                .doesNotContain(item.get("plan_item_id").asString())
                .doesNotContain("JWT")
                .doesNotContainIgnoringCase("operator");
    }

    @Test
    void aUserBackAfterMissedDaysIsWelcomedAboveThePlan() {
        String user = "companion-" + UUID.randomUUID();
        api().patch("/api/v1/feedback/profile/" + user, Tokens.user(user), """
                {"timezone": "UTC", "archetype": "foundation_builder", "mode": "medium"}""");
        LocalDate away = LocalDate.now(ZoneId.of("UTC")).minusDays(3);
        PlanSteps steps = new PlanSteps(api());
        for (JsonNode item : PlanSteps.items(steps.plan(user, away, ""))) {
            steps.report(user, item, true, away + "T12:00:00Z");
        }

        chromium.open("/", Chromium.PHONE);
        chromium.timeZone("UTC");
        chromium.waitFor(By.id("user-token")).sendKeys(Tokens.user(user));
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();
        chromium.until(d -> cards().size() == 5);

        WebElement welcome = chromium.driver().findElement(By.id("welcome-back"));
        assertThat(welcome.isDisplayed()).isTrue();
        assertThat(welcome.getText())
                .isEqualTo(api().get("/api/v1/plans/" + user, Tokens.user(user))
                        .json()
                        .get("welcome_back")
                        .get("message")
                        .asString())
                .startsWith("Welcome back! After 2 days away");
    }

    @Test
    void aReportIsChangedTheSameDayAndAfterAReloadTheCardShowsWhatWasRecorded() {
        String user = signIn(Chromium.DESKTOP);
        cards().get(0).findElement(By.className("done")).click();
        chromium.waitFor(By.cssSelector(".card .rate[aria-label^='4 of 5']")).click();
        chromium.until(d -> cards().get(0).getText().contains("Done · rated 4 of 5"));

        chromium.driver().navigate().refresh();
        chromium.until(d -> cards().size() == 5 && cards().get(0).getText().contains("Done · rated 4 of 5"));
        cards().get(0).findElement(By.className("change")).click();
        chromium.waitFor(By.cssSelector(".card .skip[aria-label^='Skipped instead']"))
                .click();
        chromium.until(d -> cards().get(0).getDomAttribute("class").contains("skipped"));

        JsonNode totals = profile(user).get("totals");
        assertThat(totals.get("completed").asInt()).isZero();
        assertThat(totals.get("skipped").asInt()).isEqualTo(1);
        chromium.until(d -> d.findElement(By.cssSelector("label[for=phase-tasks]"))
                .getText()
                .startsWith("Tasks done: 0 of"));
        chromium.driver().navigate().refresh();
        chromium.until(d -> cards().size() == 5 && cards().get(0).getText().contains("Skipped"));
    }

    @Test
    void todaysProgressGrowsWithEachAnswerAndTheDayEndsWithAMoment() {
        signIn(Chromium.PHONE);
        WebElement bar = chromium.driver().findElement(By.id("today-progress"));
        assertThat(bar.getDomProperty("value")).isEqualTo("0");
        assertThat(chromium.driver().findElement(By.id("day-complete")).isDisplayed())
                .isFalse();

        for (int i = 0; i < 5; i++) {
            int index = i;
            cards().get(index).findElement(By.className("skip")).click();
            chromium.until(d -> cards().get(index).getDomAttribute("class").contains("skipped"));
        }

        assertThat(bar.getDomProperty("value")).isEqualTo("5");
        assertThat(chromium.waitFor(By.id("day-complete")).getText()).contains("whole plan");
        chromium.screenshot("user-phone-day-complete", false);
    }

    @Test
    void everyControlReachedByTheKeyboardShowsAFocusRingOfAtLeast3To1() {
        signIn(Chromium.DESKTOP);
        chromium.driver().findElement(By.cssSelector("#settings summary")).click();
        chromium.driver().findElement(By.id("who")).click();
        int controls = 0;
        for (int i = 0; i < 30; i++) {
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
            List<Object> ring = chromium.script(FOCUS_RING);
            if (String.valueOf(ring.get(0)).startsWith("BODY")) {
                break; // past the last control
            }
            controls++;
            assertThat(ring.get(1)).as("outline of %s", ring.get(0)).isNotEqualTo("none");
            assertThat(((Number) ring.get(2)).doubleValue())
                    .as("outline width of %s", ring.get(0))
                    .isGreaterThanOrEqualTo(2);
            assertThat(((Number) ring.get(3)).doubleValue())
                    .as("contrast of %s's ring", ring.get(0))
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theTwoWeeksDifferByDashAndContrastAndAnEmptyWeekSaysSoWithNoWayBack() {
        signIn(Chromium.DESKTOP);
        assertThat(chromium.waitFor(By.id("week-empty")).getText()).contains("Nothing to chart");
        chromium.until(d -> !d.findElement(By.id("earlier-week")).isEnabled());
        assertThat(chromium.driver().findElement(By.id("week-charts")).isDisplayed())
                .isFalse();
        assertThat(chromium.driver().findElement(By.id("earlier-week")).isEnabled())
                .as("no weeks before the first report")
                .isFalse();

        cards().get(0).findElement(By.className("skip")).click();
        chromium.until(d -> d.findElement(By.id("week-charts")).isDisplayed());
        List<Object> dashes =
                chromium.script("return Chart.getChart('day-chart').data.datasets.map(d => d.borderDash.length);");
        assertThat(dashes).containsExactly(0L, 2L);
        double contrast = chromium.script(CONTRAST
                + "const [a, b] = Chart.getChart('day-chart').data.datasets.map(d => d.borderColor);"
                + " return ratio(hex(a), hex(b));");
        assertThat(contrast).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReportMadeWithoutNetworkIsSentOnceWhenItIsBack() {
        String user = signIn(Chromium.PHONE);
        chromium.offline(true);
        try {
            cards().get(0).findElement(By.className("skip")).click();
            chromium.until(d -> d.findElement(By.id("messages")).getText().contains("connection was lost"));
        } finally {
            chromium.offline(false);
        }
        chromium.until(d -> cards().get(0).getDomAttribute("class").contains("skipped"));
        assertThat(profile(user).get("totals").get("total_feedback").asInt()).isEqualTo(1);
        chromium.consoleErrors(); // the failed fetches while offline
    }

    @Test
    void aSlowApiStillShowsThePagesFrameAtOnceAndThePlanWhenItComes() {
        String user = "slow-" + UUID.randomUUID();
        chromium.open("/", Chromium.DESKTOP);
        chromium.timeZone("UTC");
        chromium.waitFor(By.id("user-token")).sendKeys(Tokens.user(user));
        chromium.latency(2500);
        try {
            long clicked = System.nanoTime();
            chromium.driver().findElement(By.cssSelector("#token-form button")).click();
            chromium.waitFor(By.cssSelector("#plan .skeleton"));
            assertThat((System.nanoTime() - clicked) / 1_000_000)
                    .as("the frame, before any answer")
                    .isLessThan(2000);
            assertThat(chromium.driver().findElement(By.id("greeting")).getText())
                    .startsWith("Good");
        } finally {
            chromium.latency(0);
        }
        chromium.waitFor(By.id("onboarding-skip")).click();
        chromium.until(d -> cards().size() == 5);
        assertThat(chromium.driver().findElements(By.cssSelector("#plan .skeleton")))
                .isEmpty();
    }

    @Test
    void theOperatorsLookUpShowsWhatWasLearnedAndClearsWhenItFindsNobody() {
        String user = signIn(Chromium.DESKTOP);
        cards().get(0).findElement(By.className("done")).click();
        chromium.waitFor(By.cssSelector(".card .rate[aria-label^='5 of 5']")).click();
        chromium.until(d -> cards().get(0).getDomAttribute("class").contains("done"));

        chromium.open("/admin", Chromium.DESKTOP);
        chromium.waitFor(By.id("admin-token")).sendKeys(Tokens.service());
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();
        chromium.waitFor(By.id("lookup-user")).clear();
        chromium.driver().findElement(By.id("lookup-user")).sendKeys(user);
        chromium.driver().findElement(By.cssSelector("#lookup button")).click();
        chromium.until(d -> d.findElement(By.id("user")).getText().contains(user + ":"));
        assertThat(chromium.waitFor(By.id("user-learned")).getText()).contains("By category");
        assertThat(chromium.driver().findElements(By.cssSelector(".tile .meaning")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.getText()).isNotBlank());
        assertThat(chromium.driver().findElement(By.id("latency")).getText()).doesNotContain(" 0.0");

        WebElement field = chromium.driver().findElement(By.id("lookup-user"));
        field.clear();
        field.sendKeys("nobody-" + UUID.randomUUID());
        chromium.driver().findElement(By.cssSelector("#lookup button")).click();
        chromium.waitFor(By.id("user-nobody"));
        assertThat(chromium.driver().findElement(By.id("user")).getText()).doesNotContain(user);
    }

    @Test
    void theAppInstallsOpensOfflineWithTheLastPlanAndSendsWhatWasAnsweredOnceTheNetworkIsBack() {
        JsonNode manifest = api().get("/app/manifest.webmanifest").json();
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(api().get("/sw.js").status()).isEqualTo(200);
        String user = signIn(Chromium.PHONE);
        assertThat(chromium.driver()
                        .findElement(By.cssSelector("link[rel=manifest]"))
                        .getDomAttribute("href"))
                .isEqualTo("/app/manifest.webmanifest");
        chromium.until(d -> Boolean.TRUE.equals(chromium.script("return !!navigator.serviceWorker.controller;")));
        String firstTask = cards().get(0).getDomAttribute("aria-label");

        chromium.offline(true);
        try {
            chromium.driver().navigate().refresh();
            chromium.until(d -> cards().size() == 5);
            assertThat(cards().get(0).getDomAttribute("aria-label")).isEqualTo(firstTask);
            chromium.until(d -> d.findElement(By.id("messages")).getText().contains("You are offline"));
            cards().get(0).findElement(By.className("skip")).click();
            chromium.until(d -> cards().get(0).getText().contains("sent when you are back online"));
            cards().get(1).findElement(By.className("skip")).click();
            chromium.until(d -> cards().get(1).getText().contains("sent when you are back online"));
            assertThat(profile(user).get("totals").get("total_feedback").asInt())
                    .as("nothing sent while offline")
                    .isZero();
        } finally {
            chromium.offline(false);
        }
        chromium.until(d -> profile(user).get("totals").get("total_feedback").asInt() == 2);
        chromium.until(d -> !cards().get(0).getText().contains("back online"));
        assertThat(profile(user).get("totals").get("skipped").asInt())
                .as("each once")
                .isEqualTo(2);
        assertThat(chromium.script("return localStorage.getItem('tailor.outbox');")
                        .toString())
                .isEqualTo("[]");
        chromium.consoleErrors(); // the failed fetches while offline
    }

    private static final String CONTRAST = "const hex = (c) => [1, 3, 5].map(i => parseInt(c.slice(i, i + 2), 16));"
            + " const lum = (rgb) => rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })"
            + ".reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);"
            + " const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };";

    /** The focused control, its outline style and width, and the outline's contrast with what is behind it. */
    private static final String FOCUS_RING = CONTRAST
            + " const el = document.activeElement; const style = getComputedStyle(el);"
            + " const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);"
            + " let bg = [255, 255, 255];"
            + " for (let p = el.parentElement; p; p = p.parentElement) { const b = getComputedStyle(p).backgroundColor;"
            + "   if (b !== 'transparent' && !/, 0\\)$/.test(b)) { bg = rgb(b); break; } }"
            + " return [el.tagName + ' ' + (el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40),"
            + "   style.outlineStyle, parseFloat(style.outlineWidth), ratio(rgb(style.outlineColor), bg)];";

    private String signIn(Dimension size) {
        String user = startSignIn(size, "UTC");
        chromium.waitFor(By.id("onboarding-skip")).click();
        chromium.until(d -> cards().size() == 5);
        return user;
    }

    private String startSignIn(Dimension size, String zone) {
        String user = "companion-" + UUID.randomUUID();
        chromium.open("/", size);
        chromium.timeZone(zone);
        chromium.waitFor(By.id("user-token")).sendKeys(Tokens.user(user));
        chromium.driver().findElement(By.cssSelector("#token-form button")).click();
        return user;
    }

    private JsonNode profile(String user) {
        return api().get("/api/v1/feedback/profile/" + user, Tokens.user(user)).json();
    }

    private List<WebElement> cards() {
        return chromium.driver().findElements(By.cssSelector("#plan .card:not(.skeleton)"));
    }
}
