package io.tailor.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Holds what the named loggers write during each test instead of printing it, for the failures a test
 * provokes on purpose: the build log then shows only the unexpected ones, and the test may assert on the
 * expected ones. Every other logger prints as usual. Register it with {@code @RegisterExtension}.
 */
public final class ExpectedLogs implements BeforeEachCallback, AfterEachCallback {

    private final List<String> names;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final List<Logger> held = new ArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
        }
    };

    private ExpectedLogs(List<String> names) {
        this.names = names;
    }

    public static ExpectedLogs of(Class<?>... loggers) {
        return new ExpectedLogs(Arrays.stream(loggers).map(Class::getName).toList());
    }

    public static ExpectedLogs of(String... loggers) {
        return new ExpectedLogs(List.of(loggers));
    }

    /** The messages held so far in this test, formatted, in order. */
    public List<String> messages() {
        return events.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /**
     * For an application the test starts itself: that application may configure logging afresh, which resets
     * Logback, so the loggers are held again once it has.
     */
    public ApplicationListener<ApplicationContextInitializedEvent> holdAgainOnStart() {
        return event -> hold();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        events.clear();
        hold();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Logger logger : held) {
            logger.detachAppender(appender);
            logger.setAdditive(true);
        }
        held.clear();
        appender.stop();
    }

    private void hold() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(logback);
        appender.start(); // again after a reset, which stops every appender
        held.clear();
        for (String name : names) {
            Logger logger = logback.getLogger(name);
            logger.addAppender(appender);
            logger.setAdditive(false);
            held.add(logger);
        }
    }
}
