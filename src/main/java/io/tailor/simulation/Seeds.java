package io.tailor.simulation;

/** Independent seeds from the run's seed and a few coordinates (user, day), so any part replays alone. */
final class Seeds {

    private Seeds() {}

    static long mix(long seed, long... coordinates) {
        long hash = scramble(seed ^ 0x9E3779B97F4A7C15L);
        for (long coordinate : coordinates) {
            hash = scramble(hash * 31 + coordinate);
        }
        return hash;
    }

    /** MurmurHash3's 64-bit finalizer: nearby inputs give unrelated outputs. */
    private static long scramble(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE53B5F2DL;
        h ^= h >>> 33;
        return h;
    }
}
