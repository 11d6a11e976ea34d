package io.tailor.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;

/**
 * No request waits on the database without bound: the server ends a statement that runs or waits for
 * a lock too long, the driver gives up on a server that does not answer at all, and the pool hands out
 * a connection within seconds or fails. None costs a round trip: the server's two are settings of the
 * pool's login role, applied at login (and so also behind PgBouncer, which refuses an {@code options}
 * startup parameter), the others are the driver's and the pool's.
 */
final class BoundedWaits {

    private BoundedWaits() {}

    static void apply(HikariDataSource pool, DatabaseSettings settings) {
        pool.setConnectionTimeout(settings.connectionTimeout().toMillis());
        pool.setValidationTimeout(
                Math.max(250, Math.min(1000, settings.connectionTimeout().toMillis() / 2)));
        pool.addDataSourceProperty("socketTimeout", seconds(settings.socketTimeout()));
        pool.addDataSourceProperty("connectTimeout", seconds(settings.connectionTimeout()));
        pool.addDataSourceProperty("loginTimeout", seconds(settings.connectionTimeout()));
    }

    /** The statements that give the login role its statement and lock timeouts. */
    static List<String> roleSettings(String role, DatabaseSettings settings) {
        return List.of(
                "alter role " + role + " set statement_timeout = "
                        + settings.statementTimeout().toMillis(),
                "alter role " + role + " set lock_timeout = "
                        + settings.lockTimeout().toMillis());
    }

    /** The same two bounds for one session, for a login role the operator manages and we leave alone. */
    static String sessionSettings(DatabaseSettings settings) {
        return "select set_config('statement_timeout', '"
                + settings.statementTimeout().toMillis() + "', false), set_config('lock_timeout', '"
                + settings.lockTimeout().toMillis() + "', false)";
    }

    /** The driver counts these in whole seconds; never round a bound down to none (0). */
    private static String seconds(Duration duration) {
        return String.valueOf(Math.max(1, (duration.toMillis() + 999) / 1000));
    }
}
