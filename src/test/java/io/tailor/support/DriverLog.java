package io.tailor.support;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the PostgreSQL driver sends to the server on this thread, from the driver's own trace of each
 * protocol message ({@code FE=> Parse/Bind/Execute/Sync}): every statement, however it was issued
 * (JdbcClient, the transaction manager, the pool), is an {@code Execute} or a {@code SimpleQuery}, and
 * every round trip ends with a {@code Sync}.
 */
public final class DriverLog extends Handler {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    private final long thread = Thread.currentThread().getId();

    private final List<String> sent = new ArrayList<>();

    private DriverLog() {}

    /** The messages sent while {@code work} runs, from the start of its (first) transaction on. */
    public static Sent duringTransaction(Supplier<?> work) {
        DriverLog log = new DriverLog();
        Level before = DRIVER.getLevel();
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(log);
        try {
            work.get();
        } finally {
            DRIVER.removeHandler(log);
            DRIVER.setLevel(before);
        }
        int begin = 0;
        while (begin < log.sent.size() && !log.sent.get(begin).startsWith(" FE=> SimpleQuery(query=\"BEGIN")) {
            begin++;
        }
        return new Sent(List.copyOf(log.sent.subList(Math.min(begin + 1, log.sent.size()), log.sent.size())));
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLongThreadID() == thread && record.getMessage().startsWith(" FE=>")) {
            sent.add(
                    record.getParameters() == null
                            ? record.getMessage()
                            : MessageFormat.format(record.getMessage(), record.getParameters()));
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** The messages after {@code BEGIN}, which the driver sends along with the transaction's first statement. */
    public record Sent(List<String> messages) {

        /** Statements after {@code BEGIN}, the {@code COMMIT} included. */
        public long statements() {
            return count(" FE=> Execute") + count(" FE=> SimpleQuery") + count(" FE=> FunctionCall");
        }

        public long roundTrips() {
            return count(" FE=> Sync");
        }

        private long count(String prefix) {
            return messages.stream()
                    .filter(message -> message.startsWith(prefix))
                    .count();
        }
    }
}
