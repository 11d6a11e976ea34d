package io.tailor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An export longer than many pages streams every line once, in key order, while its pages are read a page
 * ahead; and one whose reading fails after the first lines went out is cut off, never ended as if whole.
 * Its decisions are on plan dates in 1990, which no other test uses.
 */
class DecisionExportStreamTest extends IntegrationTest {

    private static final int LINES = 5 * DecisionExport.PAGE + 123;
    private static final String RANGE = "from=1990-01-01&to=1990-01-20";

    private final String user = "stream-" + UUID.randomUUID();

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @BeforeEach
    void logged() {
        sql.update("service_role", null, """
                insert into plan_decisions (user_id, plan_item_id, plan_id, plan_date, decided_at, policy, category,
                    time_block, pool, probability_kind, library_version, phase, archetype, mode, multi,
                    probabilities, chosen, propensity, outcome, day_ends_at)
                select ?, gen_random_uuid(), gen_random_uuid(), date '1990-01-01' + i % 20,
                       timestamptz '1990-01-01 06:00Z' + make_interval(days => i % 20), 'adaptive/1', 'hydration',
                       'morning', 'exploit', 'exact', 'v1', 'discovery', 'peak_performer', 'high',
                       '[{"id":"a","category":"hydration","variation_group":"a","archetype_fit":0.9,"mode_fit":0.8,'
                           || '"fit":0.87,"duration_minutes":5,"tried":false,"favorite":false,"proven":false,'
                           || '"on_probation":false,"affinity":0.5,"evidence_value":0.5,"evidence_weight":0.0},'
                           || '{"id":"b","category":"hydration","variation_group":"b","archetype_fit":0.5,'
                           || '"mode_fit":0.6,"fit":0.53,"duration_minutes":10,"tried":false,"favorite":false,'
                           || '"proven":false,"on_probation":false,"affinity":0.5,"evidence_value":0.5,'
                           || '"evidence_weight":0.0}]',
                       '{0.75,0.25}', i % 2, case when i % 2 = 0 then 0.75 else 0.25 end, 'done',
                       date '1990-01-02' + i % 20
                from generate_series(1, ?) i
                on conflict do nothing""", user, LINES);
    }

    @Test
    void everyLineComesOnceInKeyOrder() throws IOException, InterruptedException {
        long count = 0;
        String previous = "";
        try (BufferedReader lines = open()) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String key = line.substring(line.indexOf("\"Timestamp\""), line.indexOf("\"Version\""))
                        + line.substring(line.indexOf("\"EventId\""), line.indexOf("\"Timestamp\""));
                assertThat(key.substring(0, 32))
                        .isGreaterThanOrEqualTo(previous.isEmpty() ? "" : previous.substring(0, 32));
                previous = key;
                count++;
            }
        }
        assertThat(count).isEqualTo(LINES);
    }

    @Test
    void aFailureAfterTheFirstLinesCutsTheConnection() throws IOException, InterruptedException {
        try (BufferedReader lines = open()) {
            assertThat(lines.readLine()).startsWith("{\"EventId\"");
            // the reading thread is a few pages ahead, waiting for the writer: end its connection under it
            assertThat(JdbcClient.create(owner).sql("""
                                    select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                                    where query like '%from plan_decisions d%' and pid <> pg_backend_pid()""").query(Long.class).single())
                    .isEqualTo(1L);
            assertThatThrownBy(() -> {
                        long read = 1;
                        while (lines.readLine() != null) {
                            read++;
                        }
                        throw new AssertionError("the export ended whole after " + read + " of " + LINES + " lines");
                    })
                    .isInstanceOf(IOException.class);
        }
    }

    private BufferedReader open() throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/decisions?" + RANGE))
                                .header("Authorization", "Bearer " + Tokens.service())
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }
}
