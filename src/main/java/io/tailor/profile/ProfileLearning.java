package io.tailor.profile;

import io.tailor.library.Category;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one outcome to the profile: a few keyed reads and upserts, never a rescan of history. Runs
 * inside the caller's transaction, after {@link ProfileStore#lockOrCreate} locked the profile row.
 */
@Service
public class ProfileLearning {

    private final ProfileStore store;

    ProfileLearning(ProfileStore store) {
        this.store = store;
    }

    /**
     * A task from another source ({@code libraryTaskId} empty) counts for its category and the totals
     * only. Returns the header with the updated totals, already saved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProfileHeader learn(
            ProfileHeader locked, Optional<String> libraryTaskId, Category category, Outcome outcome) {
        String userId = locked.userId();
        libraryTaskId.ifPresent(taskId ->
                store.saveTask(userId, taskId, store.task(userId, taskId).record(outcome)));
        store.saveCategory(userId, category, store.category(userId, category).record(outcome));
        ProfileHeader updated = locked.withTotals(locked.totals().record(outcome));
        store.saveHeader(updated);
        return updated;
    }
}
