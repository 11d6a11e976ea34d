package io.tailor.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The library as we wrote it, in {@code library/tasks.json}: what the seeder puts in the database. */
final class TaskCatalog {

    private static final String RESOURCE = "library/tasks.json";

    private TaskCatalog() {}

    static List<SeedTask> load(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<SeedTask>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the task catalog " + RESOURCE, e);
        }
    }

    /** One entry of the catalog file, with the JSON field names of the API. */
    record SeedTask(
            String id,
            String name,
            String description,
            Category category,
            int durationMinutes,
            Map<String, Double> archetypeFit,
            Map<String, Double> modeFit,
            List<TimeOfDay> timeOfDay,
            int difficulty,
            String variationGroup) {

        /** The task as the rest of the code sees it, active in {@code libraryVersion}. */
        Task toTask(String libraryVersion) {
            return new Task(
                    id,
                    name,
                    description,
                    category,
                    durationMinutes,
                    fits(archetypeFit, Archetype.class),
                    fits(modeFit, EnergyMode.class),
                    timeOfDay,
                    difficulty,
                    variationGroup,
                    true,
                    libraryVersion);
        }

        private static <E extends Enum<E> & Named> Map<E, Double> fits(Map<String, Double> byName, Class<E> type) {
            Map<E, Double> fits = new EnumMap<>(type);
            byName.forEach((key, value) -> fits.put(Named.parse(type, "fit", key), value));
            return fits;
        }
    }
}
