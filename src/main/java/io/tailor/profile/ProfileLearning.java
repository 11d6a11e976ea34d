package io.tailor.profile;

import io.tailor.library.Category;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one outcome with {@link PreferenceProfile#learn} to a profile holding only the rows it
 * touches: a few keyed reads and upserts, never a rescan of history. Runs inside the caller's
 * transaction, after {@link ProfileStore#lockOrCreate} locked the profile row.
 */
@Service
public class ProfileLearning {

    private final ProfileStore store;
    private final PreferenceRows rows;

    ProfileLearning(ProfileStore store, PreferenceRows rows) {
        this.store = store;
        this.rows = rows;
    }

    /**
     * A task from another source ({@code libraryTaskId} empty) counts for its category and the totals
     * only. Returns the header with the updated totals, already saved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProfileHeader learn(
            ProfileHeader locked, Optional<String> libraryTaskId, Category category, Outcome outcome) {
        String userId = locked.userId();
        PreferenceProfile touched = new PreferenceProfile(
                locked,
                Map.of(category, rows.category(userId, category)),
                libraryTaskId
                        .map(taskId -> Map.of(taskId, rows.task(userId, taskId)))
                        .orElse(Map.of()));
        PreferenceProfile learned = touched.learn(libraryTaskId, category, outcome);
        libraryTaskId.ifPresent(taskId -> rows.saveTask(userId, taskId, learned.task(taskId)));
        rows.saveCategory(userId, category, learned.category(category));
        store.saveHeader(learned.header());
        return learned.header();
    }
}
