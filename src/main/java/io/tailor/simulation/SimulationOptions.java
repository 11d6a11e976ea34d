package io.tailor.simulation;

import java.nio.file.Path;
import java.util.List;

/**
 * The simulate command's options, each {@code --name value}; anything else is refused with a reason.
 * {@code --boredom} overrides the taste model's boredom per recent repeat, for sensitivity checks.
 */
record SimulationOptions(int users, int weeks, long seed, double boredom, Path out) {

    static final int MAX_USERS = 1_000_000;
    static final int MAX_WEEKS = 104;
    static final double MAX_BOREDOM = 5;
    static final List<String> NAMES = List.of("--users", "--weeks", "--seed", "--boredom", "--out");
    static final SimulationOptions DEFAULTS =
            new SimulationOptions(2000, 8, 42, TasteModel.DEFAULT.boredomPerRepeat(), Path.of("target", "simulation"));

    SimulationOptions {
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("--users must be between 1 and " + MAX_USERS + ", got " + users);
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("--weeks must be between 1 and " + MAX_WEEKS + ", got " + weeks);
        }
        if (!(boredom >= 0 && boredom <= MAX_BOREDOM)) {
            throw new IllegalArgumentException("--boredom must be between 0 and " + MAX_BOREDOM + ", got " + boredom);
        }
    }

    static SimulationOptions parse(List<String> args) {
        SimulationOptions options = DEFAULTS;
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + name + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options = options.with(name, args.get(i + 1));
        }
        return options;
    }

    TasteModel model() {
        return TasteModel.DEFAULT.withBoredomPerRepeat(boredom);
    }

    private SimulationOptions with(String name, String value) {
        return switch (name) {
            case "--users" -> new SimulationOptions(whole(name, value), weeks, seed, boredom, out);
            case "--weeks" -> new SimulationOptions(users, whole(name, value), seed, boredom, out);
            case "--seed" -> new SimulationOptions(users, weeks, seed(value), boredom, out);
            case "--boredom" -> new SimulationOptions(users, weeks, seed, decimal(name, value), out);
            default -> new SimulationOptions(users, weeks, seed, boredom, Path.of(value));
        };
    }

    private static int whole(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, got '" + value + "'");
        }
    }

    private static double decimal(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
        }
    }
}
