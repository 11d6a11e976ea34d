package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import io.tailor.support.Tokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request body slowly cannot starve the service: each waits on a virtual thread
 * (JDK 21+, the build's floor), so more of them than Tomcat has platform threads (200) leave health
 * and feedback answering. On JDK 17 the same sockets blocked every request.
 */
class SlowClientTest extends IntegrationTest {

    private static final int SLOW_CLIENTS = 300;

    private final String slowUser = "slow-" + UUID.randomUUID();
    private final String user = "prompt-" + UUID.randomUUID();

    @Test
    void requestsAreAnsweredWhileMoreClientsThanPlatformThreadsHoldHalfSentBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(halfSentFeedback());
            }
            // a starved service answers only when the slow bodies time out (a minute): 10 s tells the two apart
            Reply health = within10Seconds(() -> api().get("/api/v1/feedback/health"));
            Reply feedback =
                    within10Seconds(() -> api().post("/api/v1/feedback/task", Tokens.user(user), """
                    {"user_id": "%s", "task_name": "Lemon Water", "category": "hydration", "completed": true}
                    """.formatted(user)));

            assertThat(health.status()).isEqualTo(200);
            assertThat(feedback.status()).isEqualTo(201);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertThat(sql.query(
                                "service_role",
                                "backend-job",
                                "select count(*) from user_task_feedback where user_id = ?",
                                slowUser)
                        .get(0)
                        .get(0))
                .as("no half-sent feedback is recorded")
                .isEqualTo(0L);
    }

    /** A feedback whose headers promise 1,000 bytes of body, of which 10 are sent. */
    private Socket halfSentFeedback() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/feedback/task HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + Tokens.user(slowUser)
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"user_id\"")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static Reply within10Seconds(Supplier<Reply> call) throws Exception {
        return CompletableFuture.supplyAsync(call).get(10, TimeUnit.SECONDS);
    }
}
