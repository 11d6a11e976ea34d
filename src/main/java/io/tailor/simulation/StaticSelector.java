package io.tailor.simulation;

import io.tailor.library.Category;
import io.tailor.selection.BestFitSelector;
import io.tailor.selection.Selection;
import io.tailor.selection.SelectionRequest;
import io.tailor.selection.SelectionStrategy;
import java.util.Map;
import java.util.Optional;

/**
 * What the app did before dynamic plans: the best-scored task of each category every day. It is the
 * library's best fit with rotation forgotten, so it is the real scoring code, not a copy of it.
 */
final class StaticSelector implements SelectionStrategy {

    private final BestFitSelector bestFit = new BestFitSelector();

    @Override
    public Optional<Selection> select(Category category, SelectionRequest request) {
        return bestFit.select(
                category,
                new SelectionRequest(
                        request.profile(),
                        request.archetype(),
                        request.mode(),
                        request.date(),
                        request.planTime(),
                        request.library(),
                        Map.of(),
                        request.rotationWindow(),
                        request.libraryVersion()));
    }
}
