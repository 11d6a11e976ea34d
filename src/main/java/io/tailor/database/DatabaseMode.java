package io.tailor.database;

import org.springframework.core.env.Environment;

/** Whether the service runs its own embedded PostgreSQL: yes unless {@code SPRING_DATASOURCE_URL} is set. */
public final class DatabaseMode {

    private DatabaseMode() {}

    public static boolean isEmbedded(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").isBlank();
    }
}
