package io.tailor.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.core.NestedExceptionUtils;

/**
 * Tells a full request pool from an unreachable database. Hikari gives up on a connection with a
 * {@link SQLTransientConnectionException} either way, but carries the last failure to connect as its
 * cause only when connecting failed: without one, every connection was lent and the database is fine.
 */
final class PoolExhaustion {

    /** How long a client is asked to wait: requests hold a connection for milliseconds. */
    static final String RETRY_AFTER_SECONDS = "1";

    private PoolExhaustion() {}

    static boolean isCause(Throwable e) {
        return NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLTransientConnectionException;
    }
}
