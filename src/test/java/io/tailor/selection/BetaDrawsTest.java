package io.tailor.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 20,000 draws per shape: the mean within 0.01 and the variance within 10% of the Beta's. */
class BetaDrawsTest {

    private static final int DRAWS = 20_000;

    @ParameterizedTest
    @CsvSource({"1, 1", "0.4, 1.6", "1.8, 0.2", "12, 3", "0.3, 0.3"})
    void drawsHaveTheBetaDistributionsMeanAndVariance(double a, double b) {
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double draw = BetaDraws.beta(random, a, b);
            assertThat(draw).isBetween(0.0, 1.0);
            sum += draw;
            squares += draw * draw;
        }
        double mean = sum / DRAWS;
        double variance = squares / DRAWS - mean * mean;
        double expectedMean = a / (a + b);
        double expectedVariance = a * b / ((a + b) * (a + b) * (a + b + 1));
        assertThat(mean).isCloseTo(expectedMean, within(0.01));
        assertThat(variance).isCloseTo(expectedVariance, within(expectedVariance * 0.1));
    }

    @Test
    void refusesShapesThatAreNotPositive() {
        assertThatThrownBy(() -> BetaDraws.beta(new SplittableRandom(1), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
