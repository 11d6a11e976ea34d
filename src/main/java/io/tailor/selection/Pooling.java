package io.tailor.selection;

/**
 * How the learners hold pooled priors: {@code strength}, the outcomes' worth a cohort's rate weighs against a
 * user's own evidence (adaptive's estimate and Thompson's Beta prior alike), and {@code sharpness}, the power
 * adaptive raises a slot's weights to when its candidates have priors. The service serves {@link #SERVED}; the
 * simulator may try others (its {@code --prior-strength} and {@code --pooled-sharpness}), which is how the
 * served values were chosen (docs/evaluation.md, "Strength and sharpness").
 */
public record Pooling(double strength, double sharpness) {

    public static final Pooling SERVED = new Pooling(PooledPriors.STRENGTH, AdaptivePolicy.POOLED_SHARPNESS);

    public Pooling {
        if (!(strength > 0 && strength <= 1000)) {
            throw new IllegalArgumentException("a prior's strength must be above 0 and at most 1000, got " + strength);
        }
        if (!(sharpness > 0 && sharpness <= 100)) {
            throw new IllegalArgumentException("a sharpness must be above 0 and at most 100, got " + sharpness);
        }
    }
}
