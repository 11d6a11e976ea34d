package io.tailor.simulation;

import io.tailor.console.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/** {@code simulate --ope-seeds N}: the proof on seeds {@code seed} to {@code seed + N − 1}, written and summarized. */
final class OpeProofRun {

    private OpeProofRun() {}

    static void run(SimulationOptions options, PrintWriter out, PrintWriter err, LongSupplier nanoTime)
            throws IOException {
        long started = nanoTime.getAsLong();
        Progress progress = new Progress(
                SimulationCommand.NAME, "users", (long) options.users() * options.opeSeeds(), err, nanoTime);
        List<OpeProof.Row> rows = new ArrayList<>();
        for (int n = 0; n < options.opeSeeds(); n++) {
            World world = World.standard(options.seed() + n, options.model());
            rows.addAll(OpeProof.run(world, options.users(), options.weeks(), () -> progress.advance(1)));
        }
        double seconds = (nanoTime.getAsLong() - started) / 1e9;
        Files.writeString(options.out().resolve(OpeProofReport.CSV), OpeProofReport.csv(rows), StandardCharsets.UTF_8);
        out.printf(
                Locale.ROOT,
                "Logged %s for %d users × %d weeks on %d seeds from %d (boredom %s) and evaluated every policy in"
                        + " %.1f s; wrote %s%n%n",
                OpeProof.LOGGER.value(),
                options.users(),
                options.weeks(),
                options.opeSeeds(),
                options.seed(),
                options.boredom(),
                seconds,
                options.out().resolve(OpeProofReport.CSV));
        out.print(OpeProofReport.markdown(rows));
        out.flush();
    }
}
