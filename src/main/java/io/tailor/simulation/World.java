package io.tailor.simulation;

import io.tailor.library.BundledLibrary;
import io.tailor.library.Task;
import io.tailor.phase.PhaseCriteria;
import java.util.List;

/** What every simulated user shares: the run's seed, the shipped library, the taste model and the phase criteria. */
record World(long seed, List<Task> library, TasteModel model, PhaseCriteria criteria) {

    /** The seed's defaults: DISCOVERY_MIN_DAYS 7, DISCOVERY_MIN_TASKS 15, ESTABLISHMENT_* 21 and 40. */
    static final PhaseCriteria DEFAULT_CRITERIA = new PhaseCriteria(7, 15, 21, 40);

    World {
        library = List.copyOf(library);
    }

    static World standard(long seed, TasteModel model) {
        return new World(seed, BundledLibrary.load(UserJourney.LIBRARY_VERSION), model, DEFAULT_CRITERIA);
    }
}
