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
        String key = userId + '\u0000' + date + '\u0000' + category.value() + '\u0000' + libraryVersion;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new SplittableRandom(ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
