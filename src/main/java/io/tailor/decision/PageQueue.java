package io.tailor.decision;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Pages handed from the thread that reads them to the thread that writes them: one waits in the queue at
 * most, so a reader ahead of its writer blocks rather than holding the whole export. The reader ends with
 * {@link #end} or {@link #fail}; the writer takes pages until none is left, or gets the reader's failure.
 */
final class PageQueue<T> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(1);

    /** Waits for room; an interrupt (the writer gave up) stops the reader. */
    void put(List<T> page) {
        offer(page);
    }

    void end() {
        offer(END);
    }

    void fail(RuntimeException failure) {
        offer(failure);
    }

    /** The next page, or null after the last. */
    @SuppressWarnings("unchecked")
    @Nullable
    List<T> take() {
        Object next;
        try {
            next = pages.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next page", e);
        }
        if (next == END) {
            return null;
        }
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        return (List<T>) next;
    }

    private void offer(Object next) {
        try {
            pages.put(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the export's writer stopped", e);
        }
    }
}
