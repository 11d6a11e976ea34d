package io.tailor.decision;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Platform threads that read an export's pages while its request writes them. Not virtual: a virtual thread
 * parks and is woken through the poller at each socket read that waits, and an export's reads wait all the
 * time (docs/benchmarks.md measured 3× the kernel time per line). Two, so two exports read at once and
 * more wait their turn rather than take connections from requests.
 */
@Component
class ExportThreads implements DisposableBean {

    private final ExecutorService threads = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("decision-export-", 1).daemon().factory());

    /** Runs {@code work} on one of the threads, as the caller's identity. */
    Future<?> submit(Runnable work) {
        return threads.submit(new DelegatingSecurityContextRunnable(work));
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
