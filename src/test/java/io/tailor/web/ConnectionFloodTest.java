package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.Api.Reply;
import io.tailor.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One address that opens connections and never finishes their headers holds at most
 * {@code TAILOR_MAX_CONNECTIONS_PER_ADDRESS} (1000) of them: the next ones are closed at once, and a
 * client from another address is answered as usual. The flood comes from 127.0.0.2, another loopback
 * address, so the test's own requests from 127.0.0.1 are that other client.
 */
class ConnectionFloodTest extends IntegrationTest {

    private static final int LIMIT = 1000;
    private static final byte[] UNFINISHED =
            "GET /api/v1/feedback/health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void oneAddressHoldsAtMostItsShareOfConnectionsAndOthersAreStillAnswered() throws Exception {
        assertThat(api().get("/api/v1/feedback/health").status()).isEqualTo(200);
        List<Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < LIMIT + 50; i++) {
                flood.add(open());
            }
            long started = System.nanoTime();
            Reply health = api().get("/api/v1/feedback/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            assertThat(closedByServer(flood.getLast()))
                    .as("a connection over the limit is closed")
                    .isTrue();
            assertThat(closedByServer(flood.getFirst()))
                    .as("one within the limit stays open, its headers unfinished")
                    .isFalse();
        } finally {
            for (Socket socket : flood) {
                socket.close();
            }
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress("127.0.0.2", 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.getOutputStream().write(UNFINISHED);
        return socket;
    }

    /** The server closed it (end of stream or reset) rather than still waiting for the rest of the headers. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(1500);
        InputStream in = socket.getInputStream();
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
