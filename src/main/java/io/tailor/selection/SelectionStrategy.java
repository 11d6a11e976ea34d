package io.tailor.selection;

import io.tailor.library.Category;
import java.util.Optional;

/** Picks one task of a category for a day's plan; empty when the library has nothing active there. */
public interface SelectionStrategy {

    Optional<Selection> select(Category category, SelectionRequest request);
}
