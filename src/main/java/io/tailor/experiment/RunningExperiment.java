package io.tailor.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The experiment a plan is made under, as {@code plan_context()} reads it. A user's arm is a pure function of
 * the experiment's id and the user's id, so it never changes while the experiment runs (its arms cannot
 * change either) and needs no stored assignment.
 */
public record RunningExperiment(String id, List<Arm> arms) {

    public RunningExperiment {
        arms = List.copyOf(arms);
    }

    /** {@code {"id", "arms"}} from {@code plan_context()}, or nothing when no experiment runs (JSON null). */
    public static Optional<RunningExperiment> from(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new RunningExperiment(node.get("id").asString(), ArmsJson.arms(node.get("arms"))));
    }

    /** The user's arm: the point {@link #pointOf} falls in the arms' cumulative shares, in their order. */
    public Arm armFor(String userId) {
        double point = pointOf(id, userId);
        double upTo = 0;
        for (Arm arm : arms) {
            upTo += arm.share();
            if (point < upTo) {
                return arm;
            }
        }
        return arms.getLast(); // shares sum to 1 within 1e-9: a point past their rounded sum goes to the last arm
    }

    /** A point in [0, 1) from SHA-256 of the experiment and the user: uniform, and the same on every instance. */
    static double pointOf(String experimentId, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((experimentId + '\u0000' + userId).getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(digest).getLong() >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
