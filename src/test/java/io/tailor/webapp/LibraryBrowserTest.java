package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The operator view's task library: a draft edited, refused field by field, stored, activated, rolled back. */
class LibraryBrowserTest extends IntegrationTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private static final String RETIRED = "hydration-morning-lemon-water";

    private final String version = "v" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = BROWSER.chromium();
    }

    /** Every integration test shares the database: the bundled v1 is active again after this one. */
    @AfterEach
    void backToTheBundledLibrary() {
        api().post("/api/v1/library/versions/v1/activate", Tokens.service(), "");
    }

    @Test
    void anOperatorEditsAddsAndRetiresTasksSeesEachProblemByItsFieldActivatesAndRollsBack() {
        String before = api().get("/api/v1/tasks", Tokens.service()).body();
        chromium.open("/admin", Chromium.DESKTOP);
        chromium.waitFor(By.id("admin-token")).sendKeys(Tokens.service());
        click("#token-form button");
        chromium.waitFor(By.cssSelector("#draft-tasks tr[data-task='" + RETIRED + "']"));
        type("draft-version", version);
        type("draft-note", "ginger tea instead of lemon water");

        click("#draft-tasks tr[data-task='" + RETIRED + "'] .library-retire");
        click("#draft-tasks tr[data-task='movement-hiit-blast'] .library-edit");
        type("task-description", "Ten minutes of intervals.");
        click("#task-form button[type=submit]");
        click(".library-add");
        type("task-id", "hydration-ginger-tea");
        type("task-name", "Ginger Tea");
        type("task-description", "A cup of fresh ginger tea.");
        type("task-variation_group", "ginger_tea");
        type("task-archetype_fit-peak_performer", "1.5");
        click("#task-form button[type=submit]");
        click(".library-store");

        WebElement problem = chromium.waitFor(
                By.cssSelector("#task-form .field-error[data-field='tasks[50].archetype_fit.peak_performer']"));
        assertThat(problem.getText()).isEqualTo("must be a number from 0 to 1");
        assertThat(chromium.driver()
                        .findElement(By.id("task-archetype_fit-peak_performer"))
                        .getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(api().get("/api/v1/library/versions/" + version, Tokens.service())
                        .status())
                .isEqualTo(404);

        type("task-archetype_fit-peak_performer", "0.6");
        click("#task-form button[type=submit]");
        click(".library-store");
        WebElement diff = chromium.waitFor(By.cssSelector(".library-changes"));
        assertThat(diff.getText()).contains("Ginger Tea", "Morning Lemon Water", "description");
        assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
        chromium.screenshot("admin-library", true);

        click("#library-versions tr[data-version='" + version + "'] .library-activate");
        chromium.until(d -> d.findElement(By.cssSelector("#library-versions tr[data-version='" + version + "']"))
                .getText()
                .contains("active"));
        JsonNode tasks = api().get("/api/v1/tasks", Tokens.service()).json().get("tasks");
        assertThat(tasks.valueStream().map(task -> task.get("id").asString()))
                .contains("hydration-ginger-tea")
                .doesNotContain(RETIRED);

        WebElement rollBack = chromium.driver()
                .findElement(By.cssSelector("#library-versions tr[data-version='v1'] .library-activate"));
        assertThat(rollBack.getText()).isEqualTo("Roll back to v1");
        rollBack.click();
        chromium.until(d -> d.findElement(By.cssSelector("#library-versions tr[data-version='v1']"))
                .getText()
                .contains("active"));
        assertThat(api().get("/api/v1/tasks", Tokens.service()).body()).isEqualTo(before);
    }

    private void click(String css) {
        chromium.waitFor(By.cssSelector(css)).click();
    }

    private void type(String id, String text) {
        WebElement input = chromium.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
