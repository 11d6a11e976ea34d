package io.tailor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole service on a real embedded PostgreSQL and a real port. Each concrete configuration
 * ({@link IntegrationTest}, {@link FeaturesOffTest}) gets its own database directory and port, and
 * one context serves every test class of that configuration, so tests use their own user ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Sql.class)
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Sql sql;

    protected Api api() {
        return new Api(port);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh data directory and database port for one test configuration. */
    protected record TestDatabase(Path dataDir, int port) {

        public static TestDatabase create() {
            try {
                return new TestDatabase(Files.createTempDirectory("tailor-test-"), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void register(DynamicPropertyRegistry registry) {
            registry.add("tailor.data-dir", dataDir::toString);
            registry.add("tailor.database.embedded-port", () -> port);
            registry.add("tailor.jwt.secret", () -> Tokens.SECRET);
            // tests settle not-reported items by calling NotReportedSettlement.settle, never on a timer
            registry.add("tailor.settlement.enabled", () -> false);
        }
    }
}
