package io.tailor.selection;

import java.util.SplittableRandom;

/** Draws from a Beta distribution with a seeded source: X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
final class BetaDraws {

    private BetaDraws() {}

    static double beta(SplittableRandom random, double a, double b) {
        if (a <= 0 || b <= 0) {
            throw new IllegalArgumentException("Beta shapes must be positive, got " + a + " and " + b);
        }
        double x = gamma(random, a);
        double y = gamma(random, b);
        // both can underflow to zero for tiny shapes; the distribution's mean is the honest answer then
        return x + y == 0 ? a / (a + b) : x / (x + y);
    }

    /** Marsaglia and Tsang (2000); a shape below 1 is drawn as shape + 1 and scaled by U^(1/shape). */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v > 0) {
                v = v * v * v;
                if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                    return d * v;
                }
            }
        }
    }
}
