package io.tailor.load;

import java.time.Duration;

/**
 * A run's target and size, from system properties ({@code -Dbase.url=... -Dusers=400}); the defaults
 * are the runs in docs/benchmarks.md. Each run gets its own user ids, so runs against one database
 * never share a history.
 */
final class Settings {

    static final String BASE_URL = System.getProperty("base.url", "http://127.0.0.1:8080");

    static final String RUN_ID = System.getProperty("run.id", Long.toString(System.currentTimeMillis(), 36));

    /** A guard over the bounded loops: no run outlives it, even against a stalled service. */
    static final Duration MAX_DURATION = Duration.ofSeconds(number("max.seconds", 900));

    private Settings() {}

    static int number(String name, int fallback) {
        String value = System.getProperty(name);
        try {
            int number = value == null ? fallback : Integer.parseInt(value.strip());
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number >= 1, got '" + value + "'");
        }
    }
}
