package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterBootstrapTest {

    @Test
    void givesAUserTheSameWeightsWhereverTheirLinesAreInTheLog() {
        ClusterBootstrap bootstrap = new ClusterBootstrap(7);
        double[] first = bootstrap.weights("ana").clone();
        bootstrap.weights("ben");

        assertThat(bootstrap.weights("ana")).containsExactly(first);
        assertThat(new ClusterBootstrap(7).weights("ana")).containsExactly(first);
        assertThat(new ClusterBootstrap(8).weights("ana")).isNotEqualTo(first);
        assertThat(first).hasSize(ClusterBootstrap.REPLICATES);
    }

    @Test
    void drawsPoissonOneWeights() {
        ClusterBootstrap bootstrap = new ClusterBootstrap(1);
        long sum = 0;
        long zeros = 0;
        int draws = 0;
        for (int user = 0; user < 500; user++) {
            for (double weight : bootstrap.weights("user-" + user)) {
                sum += weight;
                zeros += weight == 0 ? 1 : 0;
                draws++;
            }
        }

        // 100,000 draws: the mean 1 ± 0.01 (4 standard errors), P(0) = e^−1 = 0.368 ± 0.006
        assertThat((double) sum / draws).isCloseTo(1.0, within(0.013));
        assertThat((double) zeros / draws).isCloseTo(Math.exp(-1), within(0.006));
    }
}
