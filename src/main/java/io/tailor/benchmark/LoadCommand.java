package io.tailor.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code java -jar target/tailor.jar load ...}: drives a running service with concurrent virtual users
 * (or, with {@code --history-events}, times one user's requests after a long history) and prints a
 * Markdown table. Exits non-zero when any request failed.
 */
public final class LoadCommand {

    private LoadCommand() {}

    public static int run(String... args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        TokenSigner tokens = new TokenSigner(options.secret());
        Latencies latencies = options.historyEvents() > 0
                ? HistoryGrowth.measure(client, options, tokens)
                : concurrentUsers(client, options, tokens);
        return latencies.totalErrors() == 0 ? 0 : 1;
    }

    private static Latencies concurrentUsers(HttpClient client, LoadOptions options, TokenSigner tokens)
            throws Exception {
        if (options.warmupUsers() > 0) {
            drive(client, options, tokens, "warmup", options.warmupUsers(), 2);
        }
        long start = System.nanoTime();
        Latencies latencies = drive(client, options, tokens, "load", options.users(), options.iterations());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d virtual users x %d days: %d requests in %.1f s = %.0f req/s, %d errors%n%n",
                options.users(),
                options.iterations(),
                latencies.totalRequests(),
                seconds,
                latencies.totalRequests() / seconds,
                latencies.totalErrors());
        System.out.println(latencies.table(seconds));
        return latencies;
    }

    private static Latencies drive(
            HttpClient client, LoadOptions options, TokenSigner tokens, String phase, int users, int iterations)
            throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String userId = "bench-" + options.runId() + "-" + phase + "-" + i;
                running.add(pool.submit(new VirtualUser(
                        client, options.baseUrl(), userId, tokens.user(userId), iterations, latencies, i)));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }
}
