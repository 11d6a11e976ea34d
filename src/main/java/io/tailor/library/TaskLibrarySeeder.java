package io.tailor.library;

import io.tailor.config.FeatureFlags;
import io.tailor.config.StartupConflict;
import io.tailor.security.CurrentIdentity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies {@code TASK_LIBRARY_VERSION} before the server takes requests. With no stored version it names the
 * bundled library, stored and activated under it. Later a value start-up has not applied yet activates the
 * stored version it names (a restart with the same value leaves an operator's activation alone), and a value
 * naming no stored version stops start-up. An advisory lock keeps instances starting together in step.
 */
@Component
class TaskLibrarySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TaskLibrarySeeder.class);

    private final JdbcClient jdbc;
    private final LibraryVersions versions;
    private final LibraryActivation activation;
    private final FeatureFlags flags;
    private final TransactionTemplate transaction;

    TaskLibrarySeeder(
            JdbcClient jdbc,
            LibraryVersions versions,
            LibraryActivation activation,
            FeatureFlags flags,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.activation = activation;
        this.flags = flags;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        CurrentIdentity.runAsSystem(() -> transaction.execute(status -> apply(flags.taskLibraryVersion())));
    }

    /** Returns whether it changed the active library. */
    boolean apply(String flag) {
        activation.lock();
        Optional<LibraryActivation.State> state = activation.state();
        if (state.isEmpty()) {
            List<Task> bundled = BundledLibrary.load(flag);
            versions.store(new LibraryVersion(flag, "The library bundled with Tailor", bundled));
            activation.activate(flag, flag);
            log.info("Stored and activated the bundled task library {}: {}", flag, distribution(bundled));
            return true;
        }
        String active = state.get().activeVersion();
        if (flag.equals(state.get().appliedFlag())) {
            log.info("Task library {} is active (TASK_LIBRARY_VERSION={} was applied before)", active, flag);
            return false;
        }
        if (!stored(flag)) {
            throw new StartupConflict(
                    "TASK_LIBRARY_VERSION=" + flag + " names no stored task library version (" + active + " is active)",
                    "Name a stored version (GET /api/v1/library/versions lists them), or store this one with"
                            + " POST /api/v1/library/versions first.",
                    null);
        }
        if (flag.equals(active)) {
            activation.applied(flag);
            return false;
        }
        activation.activate(flag, flag);
        log.info("Activated task library {} as TASK_LIBRARY_VERSION names it (was {})", flag, active);
        return true;
    }

    private boolean stored(String version) {
        return jdbc.sql("select exists (select from task_library_versions where version = :version)")
                .param("version", version)
                .query(Boolean.class)
                .single();
    }

    private static String distribution(List<Task> tasks) {
        Map<Category, Long> counts =
                tasks.stream().collect(Collectors.groupingBy(Task::category, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> entry.getKey().value() + " " + entry.getValue())
                .collect(Collectors.joining(", ", "", " (" + tasks.size() + " tasks)"));
    }
}
