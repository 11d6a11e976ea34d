package io.tailor.experiment;

import io.tailor.web.ApiException;
import io.tailor.web.ProblemType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, reading and stopping experiments. One runs at a time, and an id is used once: a stopped
 * experiment's results stay under its id, so it cannot be started again.
 */
@Service
class ExperimentRuns {

    static final int RECENT = 10;

    private final ExperimentStore store;
    private final Clock clock;

    ExperimentRuns(ExperimentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts it (created), or finds it running with the same arms (not created); else a 409 saying why. */
    @Transactional
    Started start(String id, List<Arm> arms) {
        Optional<ExperimentStore.Stored> started = store.start(id, arms, clock.instant());
        if (started.isPresent()) {
            return new Started(view(started.get()), true);
        }
        ExperimentStore.Stored existing = store.find(id).orElseThrow(this::anotherRuns);
        if (!existing.running()) {
            throw conflict("Experiment '" + id + "' was stopped; start a new one under another id");
        }
        if (!existing.arms().equals(arms)) {
            throw conflict("Experiment '" + id + "' is running with other arms; stop it and use another id");
        }
        return new Started(view(existing), false);
    }

    @Transactional(readOnly = true)
    Optional<ExperimentView> find(String id) {
        return store.find(id).map(this::view);
    }

    /** Stops it; stopping a stopped experiment changes nothing. */
    @Transactional
    Optional<ExperimentView> stop(String id) {
        return store.stop(id, clock.instant()).or(() -> store.find(id)).map(this::view);
    }

    @Transactional(readOnly = true)
    List<ExperimentStore.Stored> recent() {
        return store.recent(RECENT);
    }

    private ExperimentView view(ExperimentStore.Stored experiment) {
        return ExperimentView.from(
                experiment,
                ExperimentResults.of(
                        experiment.id(), experiment.arms(), store.totals(experiment.id(), clock.instant())));
    }

    private ApiException anotherRuns() {
        return store.running()
                .map(running ->
                        conflict("Experiment '" + running.id() + "' is running; stop it before starting another"))
                .orElseGet(() -> new ApiException(
                        ProblemType.CONFLICT, "Another experiment was started or stopped meanwhile; retry"));
    }

    private static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    record Started(ExperimentView experiment, boolean created) {}
}
