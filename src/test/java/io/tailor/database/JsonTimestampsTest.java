package io.tailor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTimestampsTest {

    /** PostgreSQL's JSON layout: microseconds with trailing zeros dropped, an offset with minutes. */
    private static String asPostgresWritesIt(OffsetDateTime time) {
        String text = time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx"));
        return text.replaceAll("\\.?0+(?=[+-]\\d\\d:\\d\\d$)", "");
    }

    @Test
    void readsWhatOffsetDateTimeReadsOnRandomTimestampsAndOffsets() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            Instant instant =
                    Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000) * 1000L);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(-12 * 4, 14 * 4 + 1)) * 15 * 60);
            String text = asPostgresWritesIt(instant.atOffset(offset));
            assertThat(JsonTimestamps.parse(text))
                    .as(text)
                    .isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void otherLayoutsFallBackToOffsetDateTime() {
        assertThat(JsonTimestamps.parse("2026-11-25T10:00:00Z")).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(JsonTimestamps.parse("2026-11-25T10:00:00.5+05:30"))
                .isEqualTo(Instant.parse("2026-11-25T04:30:00.5Z"));
    }
}
