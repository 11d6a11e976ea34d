package io.tailor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PageQueueTest {

    @Test
    void pagesArriveInOrderAndEndWithNull() {
        PageQueue<Integer> pages = new PageQueue<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 100; i++) {
                pages.put(List.of(i, i + 1));
            }
            pages.end();
        });
        int expected = 0;
        for (List<Integer> page = pages.take(); page != null; page = pages.take()) {
            assertThat(page).containsExactly(expected, expected + 1);
            expected++;
        }
        assertThat(expected).isEqualTo(100);
        assertThat(reader).succeedsWithin(5, TimeUnit.SECONDS);
    }

    @Test
    void theReadersFailureReachesTheWriterAfterThePagesBeforeIt() {
        PageQueue<String> pages = new PageQueue<>();
        CompletableFuture.runAsync(() -> {
            pages.put(List.of("first"));
            pages.fail(new IllegalStateException("statement timeout"));
        });
        assertThat(pages.take()).containsExactly("first");
        assertThatThrownBy(pages::take)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("statement timeout");
    }

    @Test
    void aReaderAheadWaitsForTheWriterAndStopsWhenInterrupted() throws InterruptedException {
        PageQueue<String> pages = new PageQueue<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            pages.put(List.of("one"));
            pages.put(List.of("two")); // waits: one page in the queue at most
        });
        reader.join(200);
        assertThat(reader.isAlive()).isTrue();
        reader.interrupt();
        reader.join(5_000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(pages.take()).containsExactly("one");
    }
}
