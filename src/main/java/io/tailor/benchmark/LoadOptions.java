package io.tailor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code load} command options, {@code --name value} pairs. The secret comes from {@code --secret},
 * else {@code TAILOR_JWT_SECRET}, else the embedded default's {@code $TAILOR_DATA_DIR/jwt-secret}.
 */
record LoadOptions(
        String baseUrl, int users, int iterations, int warmupUsers, int historyEvents, String secret, String runId) {

    static final String USAGE =
            """
            usage: java -jar target/tailor.jar load [--base-url http://127.0.0.1:8080] [--users 100]
                   [--iterations 5] [--warmup-users 50] [--history-events 0] [--secret S] [--run-id ID]
              --users N            concurrent virtual users, each: plan, 5 feedbacks, profile, weekly summary per day
              --iterations N       days each virtual user plays
              --history-events N   instead: give one user N earlier feedbacks, then time feedback and plans for it
            """;

    static LoadOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'\n" + USAGE);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        LoadOptions options = new LoadOptions(
                values.getOrDefault("base-url", "http://127.0.0.1:8080"),
                number(values, "users", 100),
                number(values, "iterations", 5),
                number(values, "warmup-users", 50),
                number(values, "history-events", 0),
                values.containsKey("secret") ? values.get("secret") : configuredSecret(),
                values.getOrDefault("run-id", Long.toString(System.currentTimeMillis(), 36)));
        values.keySet()
                .removeAll(java.util.Set.of(
                        "base-url", "users", "iterations", "warmup-users", "history-events", "secret", "run-id"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown option --" + values.keySet().iterator().next() + "\n" + USAGE);
        }
        return options;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        try {
            int number = value == null ? fallback : Integer.parseInt(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number >= 0, got '" + value + "'");
        }
    }

    private static String configuredSecret() {
        String configured = System.getenv("TAILOR_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String dataDir = System.getenv().getOrDefault("TAILOR_DATA_DIR", "./data");
        try {
            return Files.readString(Path.of(dataDir, "jwt-secret")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No --secret, no TAILOR_JWT_SECRET and no " + dataDir + "/jwt-secret: start the service once first",
                    e);
        }
    }
}
