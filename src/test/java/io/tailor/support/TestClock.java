package io.tailor.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The instant the tests pin the service's clock to: Thursday 12 March 2026 at 15:00 UTC, just after the US
 * switch to daylight saving time on the 8th, so weeks, streaks and time-zone boundaries are the same on any
 * day the tests run. {@code -Dtailor.test.clock=2037-03-12T15:00:00Z} moves it to another year in which 12
 * March is a Thursday (2015, 2037, 2043...): CI runs the pinned tests so, years away from the real date, and
 * any read of the real clock shows. So tests build their dates from {@link #NOW} and {@link #TODAY}.
 */
public final class TestClock {

    public static final String PROPERTY = "tailor.test.clock";

    public static final Instant NOW = pinned(System.getProperty(PROPERTY, "2026-03-12T15:00:00Z"));

    /** The date at {@link #NOW} in UTC. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private TestClock() {}

    /** The tests count on a Thursday afternoon in the week after the US switch to daylight saving time. */
    private static Instant pinned(String value) {
        OffsetDateTime at = Instant.parse(value).atOffset(ZoneOffset.UTC);
        if (at.getMonth() != Month.MARCH
                || at.getDayOfMonth() != 12
                || at.getDayOfWeek() != DayOfWeek.THURSDAY
                || !at.toLocalTime().equals(LocalTime.of(15, 0))) {
            throw new IllegalArgumentException(PROPERTY + " must be 12 March at 15:00 UTC in a year where that is a"
                    + " Thursday (e.g. 2015-03-12T15:00:00Z or 2037-03-12T15:00:00Z), not " + value);
        }
        return at.toInstant();
    }
}
