package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    @Test
    void splitsOnLineFeedsDropsCarriageReturnsAndKeepsALastLineWithoutAnEnd() throws IOException {
        assertThat(lines("a\nbé\r\n\nlast")).containsExactly("a", "bé", "", "last");
        assertThat(lines("one\n")).containsExactly("one");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void findsEveryLineFeedWhereverItFallsInAWord() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int length = 0; length < 40; length++) {
            String line = "é".repeat(length % 3) + "y".repeat(length);
            expected.add(line);
            text.append(line).append('\n');
        }

        assertThat(lines(text.toString())).isEqualTo(expected);
        assertThat(ByteLines.indexOfNewline("abcdefgh\nj".getBytes(StandardCharsets.UTF_8), 0, 10))
                .isEqualTo(8);
        assertThat(ByteLines.indexOfNewline("\n\n".getBytes(StandardCharsets.UTF_8), 1, 2))
                .isEqualTo(1);
        assertThat(ByteLines.indexOfNewline("abcdefghij".getBytes(StandardCharsets.UTF_8), 0, 10))
                .isEqualTo(-1);
    }

    @Test
    void growsItsBufferForALineLongerThanIt() throws IOException {
        String longLine = "x".repeat(3_000_000);

        assertThat(lines("a\n" + longLine + "\nb")).containsExactly("a", longLine, "b");
    }

    private static List<String> lines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteLines.forEach(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                (buffer, offset, length) -> lines.add(new String(buffer, offset, length, StandardCharsets.UTF_8)));
        return lines;
    }
}
