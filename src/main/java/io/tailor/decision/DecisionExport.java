package io.tailor.decision;

import io.tailor.estimation.CandidateFeatures;
import io.tailor.estimation.DecisionLine;
import io.tailor.estimation.DecisionLineWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log as DSJSON lines, for a range of plan dates: read in pages of {@value #PAGE} by the
 * log's (plan_date, user_id, plan_item_id) key, each page a short indexed statement, so any range streams
 * in constant memory and no statement runs long. A line's outcome is its item's: done or skipped when
 * reported, not reported once the plan's day has ended in the user's zone, pending before. Replaced items
 * are left out, as are pending ones unless asked for.
 */
@Service
class DecisionExport {

    static final int PAGE = 2_000;

    private static final String PAGE_QUERY = """
            select d.plan_item_id, d.plan_date, d.user_id, d.decided_at, d.category, d.time_block, d.policy, d.pool,
                   d.probability_kind, d.library_version, d.experiment_id, d.arm, d.chosen,
                   d.context::text, d.candidates::text, f.satisfaction_rating,
                   case when i.status <> 'pending' then i.status
                        when (d.plan_date + 1)::timestamp at time zone coalesce(u.timezone, 'UTC') <= :now
                            then 'not_reported'
                        else 'pending' end
            from plan_decisions d
            left join plan_items i on i.user_id = d.user_id and i.id = d.plan_item_id
            left join user_task_feedback f on f.user_id = d.user_id and f.plan_item_id = d.plan_item_id
            left join user_preference_profile u on u.user_id = d.user_id
            where d.plan_date between :from and :to and not d.replaced
              and (d.plan_date, d.user_id, d.plan_item_id) > (:afterDate, :afterUser, :afterItem)
              and (cast(:experiment as text) is null or d.experiment_id = :experiment)
              and (cast(:arm as text) is null or d.arm = :arm)
            order by d.plan_date, d.user_id, d.plan_item_id
            limit :page
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DecisionExport(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The lines asked for, written one per line; returns how many. */
    @Transactional(readOnly = true)
    long write(Query query, Writer out) {
        return forEach(query, line -> write(line, out));
    }

    /** Each line asked for, in key order, a page at a time; returns how many. */
    @Transactional(readOnly = true)
    long forEach(Query query, Consumer<DecisionLine> each) {
        // PostgreSQL may switch a statement prepared five times to a generic plan, which cannot use the page's
        // key as an index bound (it sorted the whole range: a page of a 200,000-line export passed 5 s)
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Timestamp now = Timestamp.from(clock.instant());
        Key after = new Key(query.from().minusDays(1), "", new UUID(0, 0));
        long written = 0;
        while (true) {
            List<Row> page = jdbc.sql(PAGE_QUERY)
                    .param("now", now)
                    .param("from", query.from())
                    .param("to", query.to())
                    .param("afterDate", after.date())
                    .param("afterUser", after.userId())
                    .param("afterItem", after.itemId())
                    .param("experiment", query.experiment().orElse(null))
                    .param("arm", query.arm().orElse(null))
                    .param("page", PAGE)
                    .query((rs, n) -> row(rs))
                    .list();
            for (Row row : page) {
                if (query.includePending() || !row.outcome().equals("pending")) {
                    each.accept(line(row));
                    written++;
                }
            }
            if (page.size() < PAGE) {
                return written;
            }
            Row last = page.getLast();
            after = new Key(last.date(), last.userId(), last.itemId());
        }
    }

    private static void write(DecisionLine line, Writer out) {
        try {
            DecisionLineWriter.writeLine(line, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getInt(13),
                json.readTree(rs.getString(14)),
                json.readTree(rs.getString(15)),
                rs.getObject(16, Integer.class),
                rs.getString(17));
    }

    private static DecisionLine line(Row row) {
        JsonNode context = row.context();
        List<CandidateFeatures> candidates = new ArrayList<>();
        double[] probabilities = new double[row.candidates().size()];
        for (int i = 0; i < probabilities.length; i++) {
            JsonNode candidate = row.candidates().get(i);
            probabilities[i] = candidate.get("p").asDouble();
            candidates.add(features(candidate));
        }
        List<Integer> actions = new ArrayList<>();
        List<Double> ordered = new ArrayList<>();
        actions.add(row.chosen() + 1);
        ordered.add(probabilities[row.chosen()]);
        for (int i = 0; i < probabilities.length; i++) {
            if (i != row.chosen()) {
                actions.add(i + 1);
                ordered.add(probabilities[i]);
            }
        }
        JsonNode days = context.get("days_since_first_feedback");
        return new DecisionLine(
                row.itemId().toString(),
                row.decidedAt(),
                actions,
                ordered,
                new DecisionLine.Context(
                        row.userId(),
                        row.category(),
                        row.timeBlock(),
                        context.get("phase").asString(),
                        context.get("archetype").asString(),
                        context.get("mode").asString(),
                        context.get("day_of_week").asString(),
                        days == null || days.isNull() ? null : days.asInt(),
                        row.libraryVersion(),
                        context.path("unrotated_best").isString()
                                ? context.get("unrotated_best").asString()
                                : null,
                        candidates),
                row.policy(),
                row.pool(),
                row.probabilityKind(),
                Objects.requireNonNull(DecisionLine.Outcome.of(row.outcome()), row.outcome()),
                row.rating(),
                row.experiment() == null || row.arm() == null
                        ? null
                        : new DecisionLine.Experiment(row.experiment(), row.arm()));
    }

    /** A candidate's features as the plan logged them; a fallback source's task has only an id or a name. */
    private static CandidateFeatures features(JsonNode candidate) {
        JsonNode id = candidate.get("id");
        return new CandidateFeatures(
                id == null || id.isNull() ? "fallback:" + candidate.path("name").asString() : id.asString(),
                candidate.path("category").asString(),
                candidate.path("variation_group").asString(""),
                candidate.path("archetype_fit").asDouble(),
                candidate.path("mode_fit").asDouble(),
                candidate.path("fit").asDouble(),
                candidate.path("duration_minutes").asInt(),
                candidate.path("tried").asBoolean(),
                candidate.path("favorite").asBoolean(),
                candidate.path("proven").asBoolean(),
                candidate.path("on_probation").asBoolean(),
                candidate.path("affinity").asDouble(),
                candidate.path("evidence_value").asDouble(),
                candidate.path("evidence_weight").asDouble());
    }

    /** The range of plan dates, the optional experiment and arm, and whether pending items come too. */
    record Query(
            LocalDate from, LocalDate to, Optional<String> experiment, Optional<String> arm, boolean includePending) {}

    private record Key(LocalDate date, String userId, UUID itemId) {}

    private record Row(
            UUID itemId,
            LocalDate date,
            String userId,
            java.time.Instant decidedAt,
            String category,
            String timeBlock,
            String policy,
            String pool,
            String probabilityKind,
            String libraryVersion,
            @Nullable String experiment,
            @Nullable String arm,
            int chosen,
            JsonNode context,
            JsonNode candidates,
            @Nullable Integer rating,
            String outcome) {}
}
