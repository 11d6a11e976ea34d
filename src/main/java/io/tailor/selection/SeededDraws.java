package io.tailor.selection;

import io.tailor.library.Category;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Random draws seeded by (user, date, category, library version): the same inputs give the same plan. */
final class SeededDraws {

    private SeededDraws() {}

    static SplittableRandom forDraw(String userId, LocalDate date, Category category, String libraryVersion) {
        return forKey(userId + '\u0000' + date + '\u0000' + category.value() + '\u0000' + libraryVersion);
    }

    /**
     * A stream of the request's draw for the category; a non-empty {@code purpose} (the exploration floor,
     * the replays that estimate probabilities) gets a stream of its own, leaving the policy's draw as it was.
     */
    static SplittableRandom forDraw(SelectionRequest request, Category category, String purpose) {
        String key = request.userId()
                + '\u0000'
                + request.date()
                + '\u0000'
                + category.value()
                + '\u0000'
                + request.libraryVersion();
        return forKey(purpose.isEmpty() ? key : key + '\u0000' + purpose);
    }

    private static SplittableRandom forKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new SplittableRandom(ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
