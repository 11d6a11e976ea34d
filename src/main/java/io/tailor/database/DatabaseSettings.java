package io.tailor.database;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The pool's login role, the embedded database's port, and how long anything may wait on the
 * database. The owner connection (migrations only) is {@code spring.datasource.*} when a URL is set,
 * else the embedded superuser.
 *
 * @param statementTimeout longest a request's statement may run ({@code statement_timeout})
 * @param lockTimeout longest a request's statement may wait for a lock ({@code lock_timeout})
 * @param socketTimeout longest the driver waits for any answer: a stalled server, not a slow query,
 *     so it outlasts the statement timeout
 * @param connectionTimeout longest a request waits for a pooled connection, or a new one to open
 * @param healthTimeout longest the health check and the readiness probe wait before saying DOWN
 */
@Validated
@ConfigurationProperties("tailor.database")
public record DatabaseSettings(
        @Min(1) @Max(65535) int embeddedPort,
        @NotBlank @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}") String appUsername,
        String appPassword,
        @DefaultValue("5s") Duration statementTimeout,
        @DefaultValue("3s") Duration lockTimeout,
        @DefaultValue("10s") Duration socketTimeout,
        @DefaultValue("3s") Duration connectionTimeout,
        @DefaultValue("600ms") Duration healthTimeout) {

    static Path embeddedDataDirectory(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    @AssertTrue(
            message = "socket-timeout must be longer than statement-timeout, so the server's own timeout answers first")
    boolean isSocketTimeoutValid() {
        return socketTimeout.compareTo(statementTimeout) > 0;
    }

    @AssertTrue(message = "connection-timeout and health-timeout must be at least 250ms (the pool's minimum)")
    boolean isWaitsValid() {
        return connectionTimeout.toMillis() >= 250 && healthTimeout.toMillis() >= 250;
    }
}
