package io.tailor.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data directory, as its {@code postmaster.pid} names it: the pid
 * on the first line. Used to find a server a killed run left behind, and to check that the server
 * answering on our port is the one serving our directory.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
    private static final int STOP_SECONDS = 30;

    private Postmaster() {}

    /** The live server process of the directory, if its pid file names one that is a postgres. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .command()
                            .map(command -> command.endsWith("postgres"))
                            .orElse(false));
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {}: {}", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Stops a server left running by a killed run, with a fast shutdown ({@code pg_ctl stop -m fast},
     * from the binaries it runs from) that rolls back what was in flight and keeps what was committed.
     * Stopped means its {@code postmaster.pid} is gone: a stopped server whose parent died may stay a
     * zombie until init reaps it, and still look alive to {@link ProcessHandle}.
     */
    static void stopOrphan(ProcessHandle orphan, Path dataDirectory) {
        log.warn(
                "A PostgreSQL (pid {}) left running by a killed run still serves {}: stopping it before starting again",
                orphan.pid(),
                dataDirectory);
        Optional<String> command = orphan.info().command();
        try {
            if (command.isEmpty() || pgCtlStop(Path.of(command.get()).resolveSibling("pg_ctl"), dataDirectory) != 0) {
                orphan.destroy(); // SIGTERM: a smart shutdown
            }
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            for (int waited = 0; Files.exists(pidFile) && waited < STOP_SECONDS * 10; waited++) {
                Thread.sleep(100);
            }
            if (Files.exists(pidFile)) {
                throw cannotStop(orphan, dataDirectory, null);
            }
        } catch (IOException e) {
            throw cannotStop(orphan, dataDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cannotStop(orphan, dataDirectory, e);
        }
    }

    private static int pgCtlStop(Path pgCtl, Path dataDirectory) throws IOException, InterruptedException {
        Process stop = new ProcessBuilder(
                        pgCtl.toString(),
                        "-D",
                        dataDirectory.toString(),
                        "stop",
                        "-m",
                        "fast",
                        "-w",
                        "-t",
                        String.valueOf(STOP_SECONDS))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!stop.waitFor(STOP_SECONDS + 5, TimeUnit.SECONDS)) {
            stop.destroy();
            return -1;
        }
        return stop.exitValue();
    }

    private static DatabaseConflict cannotStop(ProcessHandle orphan, Path dataDirectory, @Nullable Exception cause) {
        return new DatabaseConflict(
                "A PostgreSQL (pid " + orphan.pid() + ") left running in " + dataDirectory + " could not be stopped.",
                "Stop it yourself (kill " + orphan.pid() + ") and start again.",
                cause);
    }
}
