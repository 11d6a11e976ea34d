package io.tailor.demo;

import io.tailor.security.Identity;
import io.tailor.security.Role;
import io.tailor.security.TokenMinter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code tailor.demo.load=true} ({@code java -jar tailor.jar demo}), once the service is up, plays
 * up to four weeks of three users' days through its own HTTP API with each user's token: the plan of each day,
 * then a feedback per item linked by {@code plan_item_id}, so row-level security, idempotency, the
 * profile, phases and the per-day counts all take the path a real client's data takes. Only items still
 * pending are reported and each choice is seeded by user, day and item, so a second run adds only days
 * that are new since the first.
 */
@Component
@ConditionalOnBooleanProperty("tailor.demo.load")
class DemoLoader {

    /** Today the first items are reported and the rest left for the visitor to try. */
    static final int REPORTED_TODAY = 2;

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final TokenMinter minter;
    private final JsonMapper json;
    private final Clock clock;
    private final Environment environment;

    DemoLoader(TokenMinter minter, JsonMapper json, Clock clock, Environment environment) {
        this.minter = minter;
        this.json = json;
        this.clock = clock;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!minter.canMint()) {
            throw new IllegalStateException("The demo signs its users' tokens with the HS256 secret, and there is none:"
                    + " set TAILOR_JWT_SECRET or use the embedded default");
        }
        long started = System.nanoTime();
        URI base = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/");
        AtomicInteger recorded = new AtomicInteger();
        DemoUser.ALL.parallelStream().forEach(user -> recorded.addAndGet(play(user, base)));
        log.info(
                "Demo data ready in {} ms: {} new feedbacks for demo-ana, demo-ben and demo-chloe. Open {} and try it"
                        + " as demo-ana, or {}admin as the service role",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                recorded.get(),
                base,
                base);
    }

    private int play(DemoUser user, URI base) {
        String token = minter.mint(new Identity(user.userId(), Role.AUTHENTICATED), Duration.ofMinutes(10))
                .token();
        DemoApi api = new DemoApi(base, token, json);
        // the style is the user's own choice, saved in the profile as the web app saves it
        api.send(
                "PATCH",
                "api/v1/feedback/profile/" + user.userId(),
                Map.of("archetype", user.archetype(), "mode", user.mode()),
                Map.of());
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        for (int back = user.days() - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            SplittableRandom dayRandom = random(user, day, -1);
            if (back > 0 && dayRandom.nextDouble() < 0.12) {
                continue; // a day off: no plan opened, so streaks break now and then
            }
            JsonNode plan = api.post(
                    "api/v1/plans",
                    Map.of("user_id", user.userId(), "archetype", user.archetype(), "mode", user.mode(), "date", day),
                    Map.of());
            for (JsonNode item : plan.get("items")) {
                int position = item.get("position").asInt();
                boolean leftForTheVisitor = back == 0 && position >= REPORTED_TODAY;
                if (!"pending".equals(item.get("status").asString()) || leftForTheVisitor) {
                    continue;
                }
                api.post(
                        "api/v1/feedback/task",
                        feedback(user, day, back, item),
                        Map.of(
                                "Idempotency-Key",
                                "demo-" + item.get("plan_item_id").asString()));
                recorded++;
            }
        }
        return recorded;
    }

    /** Done or skipped by the user's taste, a little more often as the weeks go by; done tasks mostly rated. */
    private Map<String, Object> feedback(DemoUser user, LocalDate day, int daysBack, JsonNode item) {
        SplittableRandom random = random(user, day, item.get("position").asInt());
        String category = item.get("category").asString();
        double chance = Math.min(0.97, user.chanceOfDoing(category) + 0.1 * (user.days() - daysBack) / user.days());
        boolean done = random.nextDouble() < chance;
        Map<String, Object> body = new HashMap<>();
        body.put("user_id", user.userId());
        body.put("task_name", item.get("task_name").asString());
        body.put("category", category);
        body.put("completed", done);
        body.put("plan_item_id", item.get("plan_item_id").asString());
        body.put("occurred_at", occurredAt(day, daysBack, item));
        if (done && random.nextDouble() < 0.8) {
            body.put("satisfaction_rating", Math.max(1, Math.min(5, (int)
                    Math.round(2 + 3 * chance + random.nextGaussian()))));
        }
        return body;
    }

    /** At the item's time block on past days; today a few minutes ago, so nothing lies in the future. */
    private OffsetDateTime occurredAt(LocalDate day, int daysBack, JsonNode item) {
        if (daysBack == 0) {
            OffsetDateTime recently = OffsetDateTime.now(clock)
                    .minusMinutes(30 - item.get("position").asInt());
            OffsetDateTime midnight = day.atStartOfDay().atOffset(ZoneOffset.UTC);
            return recently.isBefore(midnight) ? midnight : recently;
        }
        int hour = switch (item.get("time_block").asString()) {
            case "morning" -> 8;
            case "afternoon" -> 14;
            default -> 19;
        };
        return day.atTime(hour, item.get("position").asInt() * 7).atOffset(ZoneOffset.UTC);
    }

    private static SplittableRandom random(DemoUser user, LocalDate day, int position) {
        return new SplittableRandom(user.userId().hashCode() * 31L * 31L + day.toEpochDay() * 31L + position);
    }
}
