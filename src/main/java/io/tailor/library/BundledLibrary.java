package io.tailor.library;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library file shipped in the jar, read without a database or a Spring context: what the seeder
 * would write, for tools that run offline such as the simulator.
 */
public final class BundledLibrary {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private BundledLibrary() {}

    /** Every task of the file, active and stamped with {@code libraryVersion} (v1, v2, ...), in file order. */
    public static List<Task> load(String libraryVersion) {
        return TaskCatalog.load(JSON, libraryVersion);
    }
}
