package io.tailor.decision;

import io.tailor.estimation.DecisionLine;
import io.tailor.estimation.DecisionLineWriter;
import io.tailor.estimation.LoggedCandidates;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.io.NumberInput;

/**
 * The decision log as DSJSON lines, for a range of plan dates: read in pages of {@value #PAGE} by the
 * log's (plan_date, user_id, plan_item_id) key, each page a short indexed statement, so any range streams
 * in constant memory and no statement runs long. A line is one row of the log and nothing else (V18): its
 * candidates are copied as the plan rendered them, and its outcome is done or skipped as its report copied
 * it, not reported once the plan's day has ended in the user's zone, pending before. Replaced items are left
 * out, as are pending ones unless asked for.
 */
@Service
class DecisionExport {

    static final int PAGE = 2_000;

    private static final String PAGE_QUERY = """
            select d.plan_item_id, d.plan_date, d.user_id, d.decided_at, d.category, d.time_block, d.policy, d.pool,
                   d.probability_kind, d.library_version, d.experiment_id, d.arm, d.chosen, d.phase, d.archetype,
                   d.mode, d.days_since_first_feedback, d.unrotated_best, d.multi, d.probabilities::text, d.rating,
                   d.completion_rate,
                   coalesce(d.outcome, case when d.day_ends_at <= :now then 'not_reported' else 'pending' end),
                   d.category_tried, d.days_missed
            from plan_decisions d
            where d.plan_date between :from and :to and not d.replaced
              and (d.plan_date, d.user_id, d.plan_item_id) > (:afterDate, :afterUser, :afterItem)
              and (cast(:experiment as text) is null or d.experiment_id = :experiment)
              and (cast(:arm as text) is null or d.arm = :arm)
              and (:includePending or d.outcome is not null or d.day_ends_at <= :now)
            order by d.plan_date, d.user_id, d.plan_item_id
            limit :page
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExportThreads threads;
    private final TransactionTemplate readOnly;

    DecisionExport(JdbcClient jdbc, Clock clock, ExportThreads threads, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.threads = threads;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The lines asked for, written one per line to {@code out} (UTF-8), which stays open; returns how many. The
     * pages are read on a platform thread of {@link ExportThreads} while this thread writes the page before, so
     * the database and the writing each have a core, and at most three pages are held at once.
     */
    long write(Query query, OutputStream out) {
        PageQueue<Row> pages = new PageQueue<>();
        Future<?> reading = threads.submit(() -> {
            try {
                readOnly.executeWithoutResult(status -> pages(query, pages::put));
                pages.end();
            } catch (RuntimeException e) {
                pages.fail(e);
            }
        });
        long written = 0;
        try (DecisionLineWriter.Lines lines = DecisionLineWriter.lines(out)) {
            for (List<Row> page = pages.take(); page != null; page = pages.take()) {
                for (Row row : page) {
                    lines.write(line(row));
                    written++;
                }
            }
            return written;
        } finally {
            // the writing ended (done, or the client went away): a reader still busy stops at its next page
            reading.cancel(true);
        }
    }

    /** Each line asked for, in key order, a page at a time; returns how many. */
    @Transactional(readOnly = true)
    long forEach(Query query, Consumer<DecisionLine> each) {
        long[] seen = {0};
        pages(query, page -> {
            page.forEach(row -> each.accept(line(row)));
            seen[0] += page.size();
        });
        return seen[0];
    }

    /** The pages of the lines asked for, in key order; runs in the caller's read-only transaction. */
    private void pages(Query query, Consumer<List<Row>> each) {
        // PostgreSQL may switch a statement prepared five times to a generic plan, which cannot use the page's
        // key as an index bound (it sorted the whole range: a page of a 200,000-line export passed 5 s)
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Timestamp now = Timestamp.from(clock.instant());
        Key after = new Key(query.from().minusDays(1), "", new UUID(0, 0));
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
                    .param("includePending", query.includePending())
                    .param("page", PAGE)
                    .query((rs, n) -> row(rs))
                    .list();
            if (!page.isEmpty()) {
                each.accept(page);
            }
            if (page.size() < PAGE) {
                return;
            }
            Row last = page.getLast();
            after = new Key(last.date(), last.userId(), last.itemId());
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
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
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getObject(17, Integer.class),
                rs.getString(18),
                rs.getString(19),
                probabilities(rs.getString(20)),
                rs.getObject(21, Integer.class),
                rs.getObject(22, Double.class),
                rs.getString(23),
                rs.getObject(24, Integer.class),
                rs.getObject(25, Integer.class));
    }

    /** A float8[]'s text, {@code {0.5,0.25,0.25}}: read here, as the driver would box each number. */
    static double[] probabilities(String literal) {
        String[] numbers = literal.substring(1, literal.length() - 1).split(",", -1);
        double[] probabilities = new double[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            // the fast parser: the JDK's takes its slow path for the 17 digits a probability often has
            probabilities[i] = NumberInput.parseDouble(numbers[i], true);
        }
        return probabilities;
    }

    private static DecisionLine line(Row row) {
        double[] probabilities = row.probabilities();
        List<Integer> actions = new ArrayList<>(probabilities.length);
        List<Double> ordered = new ArrayList<>(probabilities.length);
        actions.add(row.chosen() + 1);
        ordered.add(probabilities[row.chosen()]);
        for (int i = 0; i < probabilities.length; i++) {
            if (i != row.chosen()) {
                actions.add(i + 1);
                ordered.add(probabilities[i]);
            }
        }
        return new DecisionLine(
                row.itemId().toString(),
                row.decidedAt(),
                actions,
                ordered,
                new DecisionLine.Context(
                        row.userId(),
                        row.category(),
                        row.timeBlock(),
                        row.phase(),
                        row.archetype(),
                        row.mode(),
                        row.date().getDayOfWeek().name().toLowerCase(Locale.ROOT),
                        row.daysSinceFirstFeedback(),
                        row.completionRate(),
                        row.libraryVersion(),
                        row.unrotatedBest(),
                        row.categoryTried(),
                        new LoggedCandidates(row.multi(), probabilities.length),
                        row.daysMissed()),
                row.policy(),
                row.pool(),
                row.probabilityKind(),
                Objects.requireNonNull(DecisionLine.Outcome.of(row.outcome()), row.outcome()),
                row.rating(),
                row.experiment() == null || row.arm() == null
                        ? null
                        : new DecisionLine.Experiment(row.experiment(), row.arm()));
    }

    /** The range of plan dates, the optional experiment and arm, and whether pending items come too. */
    record Query(
            LocalDate from, LocalDate to, Optional<String> experiment, Optional<String> arm, boolean includePending) {}

    private record Key(LocalDate date, String userId, UUID itemId) {}

    private record Row(
            UUID itemId,
            LocalDate date,
            String userId,
            Instant decidedAt,
            String category,
            String timeBlock,
            String policy,
            String pool,
            String probabilityKind,
            String libraryVersion,
            @Nullable String experiment,
            @Nullable String arm,
            int chosen,
            String phase,
            String archetype,
            String mode,
            @Nullable Integer daysSinceFirstFeedback,
            @Nullable String unrotatedBest,
            String multi,
            double[] probabilities,
            @Nullable Integer rating,
            @Nullable Double completionRate,
            String outcome,
            @Nullable Integer categoryTried,
            @Nullable Integer daysMissed) {}
}
