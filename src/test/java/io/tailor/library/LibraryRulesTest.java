package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.LibraryRules.Problem;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every rule of a library version, one at a time, on the bundled library with one field broken. */
class LibraryRulesTest {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** The bundled library as a version document, every task with {@code is_active}. */
    static ObjectNode bundled(String version) {
        return (ObjectNode)
                JSON.valueToTree(new LibraryVersion(version, "bundled", BundledLibrary.load(version)).document());
    }

    private static List<Problem> problems(Consumer<ObjectNode> breakIt) {
        ObjectNode document = bundled("v7");
        breakIt.accept(document);
        LibraryRules.Checked checked = LibraryRules.check(document);
        assertThat(checked.version() == null).isEqualTo(!checked.problems().isEmpty());
        return checked.problems();
    }

    private static ObjectNode task(ObjectNode document, int index) {
        return (ObjectNode) document.get("tasks").get(index);
    }

    @Test
    void theBundledLibraryIsValidAndReadsBackAsItsTasks() {
        LibraryRules.Checked checked = LibraryRules.check(bundled("v7"));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.version()).isNotNull();
        assertThat(checked.version().tasks()).isEqualTo(BundledLibrary.load("v7"));
        assertThat(checked.version().note()).isEqualTo("bundled");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            archetype_fit.peak_performer | 1.5              | must be a number from 0 to 1
            archetype_fit.peak_performer | -0.1             | must be a number from 0 to 1
            archetype_fit.peak_performer | "high"           | must be a number from 0 to 1
            mode_fit.low                 | 2                | must be a number from 0 to 1
            id                           | "Has Capitals"   | must be 1-60 lower-case letters, digits or hyphens
            name                         | "  "             | must be text of 1-60 characters
            description                  | ""               | must be text of 1-200 characters
            category                     | "sleep"          | must be one of hydration, movement, nutrition, wellness, recovery, work
            duration_minutes             | 0                | must be a positive number of minutes, at most 240
            duration_minutes             | 241              | must be a positive number of minutes, at most 240
            duration_minutes             | 2.5              | must be a positive number of minutes, at most 240
            time_of_day                  | []               | must list 1-3 different times of morning, afternoon, evening
            time_of_day                  | ["noon"]         | must list 1-3 different times of morning, afternoon, evening
            time_of_day                  | ["morning","morning"] | must list 1-3 different times of morning, afternoon, evening
            difficulty                   | 6                | must be a whole number from 1 to 5
            variation_group              | "has-hyphen"     | must be 1-60 lower-case letters, digits or underscores
            is_active                    | "yes"            | must be true or false
            colour                       | "red"            | is not a known field
            """)
    void aBrokenFieldIsOneProblemUnderItsPath(String field, String json, String message) {
        List<Problem> problems = problems(document -> {
            ObjectNode owner = task(document, 3);
            String[] path = field.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                owner = (ObjectNode) owner.get(path[i]);
            }
            owner.set(path[path.length - 1], JSON.readTree(json));
        });

        assertThat(problems).containsExactly(new Problem("tasks[3]." + field, message));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "archetype_fit | peak_performer | must be a number from 0 to 1",
                "mode_fit      | medium         | must be a number from 0 to 1",
                "tasks[3]      | id             | must be 1-60 lower-case letters, digits or hyphens",
            })
    void aMissingFieldIsAProblem(String owner, String field, String message) {
        List<Problem> problems = problems(document -> {
            ObjectNode task = task(document, 3);
            (owner.startsWith("tasks") ? task : (ObjectNode) task.get(owner)).remove(field);
        });

        String path = owner.startsWith("tasks") ? "tasks[3]." + field : "tasks[3]." + owner + "." + field;
        assertThat(problems).contains(new Problem(path, message));
    }

    @Test
    void anUnknownArchetypeIsAProblem() {
        List<Problem> problems =
                problems(document -> ((ObjectNode) task(document, 0).get("archetype_fit")).put("night_owl", 0.5));

        assertThat(problems).extracting(Problem::field).containsExactly("tasks[0].archetype_fit.night_owl");
    }

    @Test
    void idsAreUniqueAndNamesUniqueIgnoringCaseEachRepeatNamingTheFirst() {
        List<Problem> problems = problems(document -> {
            task(document, 5).put("id", task(document, 2).get("id").asString());
            task(document, 7)
                    .put("name", task(document, 1).get("name").asString().toUpperCase() + " ");
        });

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        new Problem("tasks[5].id", "repeats the id of tasks[2]"),
                        new Problem("tasks[7].name", "repeats the name of tasks[1]"));
    }

    @Test
    void theDocumentNeedsAVersionNameTasksAndAtLeastOneActiveTask() {
        assertThat(problems(document -> document.put("version", "2026-spring")))
                .containsExactly(new Problem("version", LibraryRules.VERSION_RULE));
        assertThat(problems(document -> document.putArray("tasks")))
                .containsExactly(new Problem("tasks", "must be a non-empty array of tasks"));
        assertThat(problems(document -> document.put("owner", "ops")))
                .containsExactly(new Problem("owner", "is not a known field"));
        assertThat(problems(document -> document.put("note", "x".repeat(501))))
                .containsExactly(new Problem("note", "must be text of at most 500 characters"));
        assertThat(problems(
                        document -> document.get("tasks").forEach(task -> ((ObjectNode) task).put("is_active", false))))
                .containsExactly(new Problem("tasks", "must have at least one active task"));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<Problem> problems = problems(document -> {
            document.remove("version");
            task(document, 0).put("difficulty", 0);
            ((ObjectNode) task(document, 10).get("mode_fit")).put("high", 1.01);
            ((ArrayNode) document.get("tasks")).add(JSON.readTree("\"not a task\""));
        });

        assertThat(problems)
                .extracting(Problem::field)
                .containsExactly("version", "tasks[0].difficulty", "tasks[10].mode_fit.high", "tasks[50]");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsOneProblem() {
        JsonNode array = JSON.readTree("[]");

        assertThat(LibraryRules.check(array).problems())
                .extracting(Problem::field)
                .containsExactly("document");
    }
}
