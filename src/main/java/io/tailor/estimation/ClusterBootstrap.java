package io.tailor.estimation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.jspecify.annotations.Nullable;

/**
 * The weights of an online Poisson bootstrap clustered by user: in each replicate every user counts
 * Poisson(1) times, all of that user's decisions together, since one person's days are not independent
 * draws. A user's weights come from a generator seeded by the run's seed and the user's id alone, so
 * they are the same wherever the user's lines are in the log: the log streams in one pass, ungrouped, and
 * the same seed gives the same intervals. A new generator per user's line is cheap: SplitMix64 takes its
 * 64-bit seed as it is, and the Poisson draws are table look-ups (Marsaglia, Tsang and Wang), about a
 * microsecond for a line's 200 weights.
 */
final class ClusterBootstrap {

    static final int REPLICATES = 200;

    /** The draws' look-up tables, built once; each user's sampler shares them with a generator of its own. */
    private static final SharedStateDiscreteSampler POISSON =
            MarsagliaTsangWangDiscreteSampler.Poisson.of(generator(0), 1.0);

    private final long seed;
    private final double[] weights = new double[REPLICATES];
    private @Nullable String lastUser;

    ClusterBootstrap(long seed) {
        this.seed = seed;
    }

    /** The user's weight in each replicate; the array is reused by the next call. */
    double[] weights(String userId) {
        if (!userId.equals(lastUser)) {
            fill(userId);
        }
        return weights;
    }

    private void fill(String userId) {
        SharedStateDiscreteSampler draws = POISSON.withUniformRandomProvider(generator(userSeed(seed, userId)));
        for (int replicate = 0; replicate < REPLICATES; replicate++) {
            weights[replicate] = draws.sample();
        }
        lastUser = userId;
    }

    private static UniformRandomProvider generator(long seed) {
        return RandomSource.SPLIT_MIX_64.create(seed);
    }

    /** FNV-1a over the id's characters, then mixed with the seed by MurmurHash3's finalizer. */
    static long userSeed(long seed, String userId) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < userId.length(); i++) {
            hash = (hash ^ userId.charAt(i)) * 0x100000001B3L;
        }
        long mixed = hash ^ (seed * 0x9E3779B97F4A7C15L);
        mixed = (mixed ^ (mixed >>> 33)) * 0xFF51AFD7ED558CCDL;
        mixed = (mixed ^ (mixed >>> 33)) * 0xC4CEB93FE53B5F2DL;
        return mixed ^ (mixed >>> 33);
    }
}
