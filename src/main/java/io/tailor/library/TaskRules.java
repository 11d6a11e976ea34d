package io.tailor.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The rules of one task of a library version, the same the {@code task_library} table's checks hold, each
 * broken one a {@link LibraryRules.Problem} under the task's path. A field that breaks a rule reads as a
 * placeholder, so the check goes on; the task is returned only when none did.
 */
final class TaskRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Pattern GROUP = Pattern.compile("[a-z0-9_]{1,60}");
    private static final Set<String> FIELDS = Set.of(
            "id",
            "name",
            "description",
            "category",
            "duration_minutes",
            "archetype_fit",
            "mode_fit",
            "time_of_day",
            "difficulty",
            "variation_group",
            "is_active");

    private final JsonNode task;
    private final String path;
    private final List<LibraryRules.Problem> problems;

    private TaskRules(JsonNode task, String path, List<LibraryRules.Problem> problems) {
        this.task = task;
        this.path = path;
        this.problems = problems;
    }

    static @Nullable Task check(JsonNode task, String path, String version, List<LibraryRules.Problem> problems) {
        if (!task.isObject()) {
            problems.add(new LibraryRules.Problem(path, "must be an object"));
            return null;
        }
        int before = problems.size();
        unknown(task, path + ".", FIELDS, problems);
        TaskRules rules = new TaskRules(task, path, problems);
        Task checked = new Task(
                rules.text("id", ID, "must be 1-60 lower-case letters, digits or hyphens"),
                rules.text("name", null, "must be text of 1-60 characters"),
                rules.text("description", null, "must be text of 1-200 characters"),
                rules.named("category", Category.class, Category.HYDRATION),
                rules.whole("duration_minutes", 240, "must be a positive number of minutes, at most 240"),
                rules.fits("archetype_fit", Archetype.class),
                rules.fits("mode_fit", EnergyMode.class),
                rules.times(),
                rules.whole("difficulty", 5, "must be a whole number from 1 to 5"),
                rules.text("variation_group", GROUP, "must be 1-60 lower-case letters, digits or underscores"),
                rules.active(),
                version);
        return problems.size() == before ? checked : null;
    }

    /** Every field of {@code node} that is not one of {@code known} is a problem. */
    static void unknown(JsonNode node, String prefix, Set<String> known, List<LibraryRules.Problem> problems) {
        node.propertyNames().stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> problems.add(new LibraryRules.Problem(prefix + name, "is not a known field")));
    }

    private void problem(String field, String message) {
        problems.add(new LibraryRules.Problem(path + "." + field, message));
    }

    private String text(String field, @Nullable Pattern pattern, String rule) {
        JsonNode value = task.get(field);
        int max = field.equals("description") ? 200 : 60;
        boolean valid = value != null
                && value.isString()
                && !value.asString().isBlank()
                && value.asString().length() <= max
                && value.asString().indexOf('\0') < 0
                && (pattern == null || pattern.matcher(value.asString()).matches());
        if (!valid) {
            problem(field, rule);
            return "";
        }
        return value.asString();
    }

    private int whole(String field, int max, String rule) {
        JsonNode value = task.get(field);
        if (value == null || !value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > max) {
            problem(field, rule);
            return 0;
        }
        return value.asInt();
    }

    private <E extends Enum<E> & Named> E named(String field, Class<E> type, E placeholder) {
        JsonNode value = task.get(field);
        @Nullable E found = value == null || !value.isString() ? null : find(type, value.asString());
        if (found == null) {
            problem(field, "must be one of " + values(type));
            return placeholder;
        }
        return found;
    }

    /** Fits for every member of {@code type}, each a number from 0 to 1, and no others. */
    private <E extends Enum<E> & Named> Map<E, Double> fits(String field, Class<E> type) {
        JsonNode fits = task.get(field);
        Map<E, Double> parsed = new EnumMap<>(type);
        if (fits == null || !fits.isObject()) {
            problem(field, "must be an object with a fit for each of " + values(type));
            return parsed;
        }
        for (E key : type.getEnumConstants()) {
            JsonNode fit = fits.get(key.value());
            if (fit == null || !fit.isNumber() || fit.asDouble() < 0 || fit.asDouble() > 1) {
                problem(field + "." + key.value(), "must be a number from 0 to 1");
            } else {
                parsed.put(key, fit.asDouble());
            }
        }
        fits.propertyNames().stream()
                .filter(name -> find(type, name) == null)
                .forEach(name -> problem(field + "." + name, "is not one of " + values(type)));
        return parsed;
    }

    private List<TimeOfDay> times() {
        JsonNode times = task.get("time_of_day");
        List<TimeOfDay> parsed = new ArrayList<>();
        boolean valid = times != null && times.isArray() && !times.isEmpty() && times.size() <= 3;
        for (int i = 0; valid && i < times.size(); i++) {
            TimeOfDay time =
                    times.get(i).isString() ? find(TimeOfDay.class, times.get(i).asString()) : null;
            valid = time != null && !parsed.contains(time);
            if (time != null) {
                parsed.add(time);
            }
        }
        if (!valid) {
            problem("time_of_day", "must list 1-3 different times of " + values(TimeOfDay.class));
            return List.of();
        }
        return parsed;
    }

    private boolean active() {
        JsonNode active = task.get("is_active");
        if (active != null && !active.isBoolean()) {
            problem("is_active", "must be true or false");
        }
        return active == null || (active.isBoolean() && active.asBoolean());
    }

    private static <E extends Enum<E> & Named> @Nullable E find(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.value().equals(value))
                .findFirst()
                .orElse(null);
    }

    private static <E extends Enum<E> & Named> String values(Class<E> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Named::value).toList());
    }
}
