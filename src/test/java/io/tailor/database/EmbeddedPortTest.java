package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.tailor.support.ExpectedLogs;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's default port lies outside Linux's ephemeral range, where any client's
 * connection may hold it; and a connection that ended there (TIME-WAIT) does not make it look busy.
 */
class EmbeddedPortTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(EmbeddedDatabase.class, Postmaster.class);

    @TempDir
    Path dataDir;

    @Test
    void theDefaultPortIsOutsideTheEphemeralRange() throws IOException {
        String yml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher port = Pattern.compile("TAILOR_EMBEDDED_DB_PORT:(\\d+)").matcher(yml);
        assertThat(port.find()).isTrue();
        int chosen = Integer.parseInt(port.group(1));
        assertThat(chosen < 32768 || chosen > 60999)
                .as(chosen + " outside 32768-60999")
                .isTrue();
        assertThat(chosen).isGreaterThan(1023);
    }

    @Test
    void aClientConnectionInTimeWaitOnThePortDoesNotMakeItBusyButAListenerDoes() throws Exception {
        int port;
        try (ServerSocket other = new ServerSocket(0, 1, LOOPBACK);
                Socket client = new Socket()) {
            client.setReuseAddress(true);
            client.bind(new InetSocketAddress(LOOPBACK, 0));
            port = client.getLocalPort();
            client.connect(other.getLocalSocketAddress());
            other.accept().close();
            // the client closes after the other end, so its side (local port `port`) waits in TIME-WAIT
        }
        assertThat(EmbeddedDatabase.isBusy(port)).as("TIME-WAIT on " + port).isFalse();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("postgres"), port)) {
            assertThat(EmbeddedDatabase.isBusy(port)).as("a server listens").isTrue();
        }
    }

    @Test
    void stoppingTheEmbeddedDatabaseSaysSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, LOOPBACK)) {
            port = free.getLocalPort();
        }
        Logger logger = (Logger) LoggerFactory.getLogger(EmbeddedDatabase.class);
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO); // the build log shows warnings only
        try {
            EmbeddedDatabase.start(dataDir.resolve("postgres"), port).close();
        } finally {
            logger.setLevel(before);
        }
        assertThat(logs.messages())
                .anySatisfy(message -> assertThat(message).startsWith("Embedded PostgreSQL stopped"));
    }
}
