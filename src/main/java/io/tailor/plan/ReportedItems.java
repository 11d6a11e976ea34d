package io.tailor.plan;

import io.tailor.library.Category;
import io.tailor.library.TimeOfDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The items of a day's stored plan that were reported (done or skipped). Regenerating the plan keeps
 * them and plans only the other categories, so a task done that day (its category is one of them, as
 * every task has one) is never offered again.
 */
record ReportedItems(List<PlanView.Item> items) {

    ReportedItems {
        items = List.copyOf(items);
    }

    static ReportedItems of(Optional<PlanView> plan) {
        return new ReportedItems(plan.map(PlanView::items).orElse(List.of()).stream()
                .filter(item -> !item.status().equals("pending"))
                .toList());
    }

    /** The time blocks the reported items keep. */
    List<TimeOfDay> blocks() {
        return items.stream().map(PlanView.Item::timeBlock).toList();
    }

    /** The order for the categories that still have to be planned. */
    PlanGenerator.Order open(PlanGenerator.Order order) {
        Set<Category> reported = items.stream().map(PlanView.Item::category).collect(Collectors.toSet());
        return order.withCategories(order.categories().stream()
                .filter(category -> !reported.contains(category))
                .toList());
    }
}
