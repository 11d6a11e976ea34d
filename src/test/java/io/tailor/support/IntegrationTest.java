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
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real embedded PostgreSQL and a real port. One context (and one database,
 * in a fresh directory) serves every test class that extends this, so tests use their own user ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Sql.class)
public abstract class IntegrationTest {

    private static final Path DATA_DIR = createDataDir();
    private static final int DB_PORT = freePort();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Sql sql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tailor.data-dir", DATA_DIR::toString);
        registry.add("tailor.database.embedded-port", () -> DB_PORT);
        registry.add("tailor.jwt.secret", () -> Tokens.SECRET);
    }

    protected Api api() {
        return new Api(port);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("tailor-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
