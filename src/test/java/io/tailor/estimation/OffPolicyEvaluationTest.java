package io.tailor.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OffPolicyEvaluationTest {

    @Test
    void theLoggingPolicysIpsIsTheLoggedMeanRewardExactlyAndItsEssTheNumberOfDecisions() {
        DecisionLine[] log = new SyntheticBandit(3).log(50, 7);
        double rewards = 0;
        for (DecisionLine line : log) {
            rewards += line.reward();
        }

        List<Estimate> estimates = evaluate(log, List.of(TargetPolicies.LOGGING), 1);

        Estimate ips = estimates.get(0);
        assertThat(ips.estimator()).isEqualTo(Estimator.IPS);
        assertThat(ips.value()).isEqualTo(rewards / log.length);
        assertThat(ips.ess()).isEqualTo(log.length);
        assertThat(estimates.get(1).value()).isEqualTo(rewards / log.length);
    }

    /** 2,000 logs of 50 decisions; IPS has a standard deviation near 0.17 at n = 50, so its mean one of 0.004. */
    @Test
    void ipsIsUnbiasedOnABanditWithKnownTruth() {
        double sum = 0;
        int runs = 2000;
        for (int run = 0; run < runs; run++) {
            DecisionLine[] log = new SyntheticBandit(run).log(50, 1);
            sum += evaluate(log, List.of(SyntheticBandit.FAVOURS_D), run).get(0).value();
        }

        assertThat(sum / runs).isCloseTo(SyntheticBandit.FAVOURS_D_TRUTH, within(0.015));
    }

    /** Nominal 95%: over 100 logs, fewer than 88 covering would be 3 standard deviations short. */
    @Test
    void theUserClusteredIntervalsCoverTheTruth() {
        Map<Estimator, Integer> covered = new EnumMap<>(Estimator.class);
        int runs = 100;
        for (int run = 0; run < runs; run++) {
            DecisionLine[] log = new SyntheticBandit(1000 + run).log(300, 5);
            for (Estimate estimate : evaluate(log, List.of(SyntheticBandit.FAVOURS_D), run)) {
                if (estimate.ciLow() <= SyntheticBandit.FAVOURS_D_TRUTH
                        && SyntheticBandit.FAVOURS_D_TRUTH <= estimate.ciHigh()) {
                    covered.merge(estimate.estimator(), 1, Integer::sum);
                }
            }
        }

        assertThat(covered.values())
                .hasSize(3)
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(88));
    }

    @Test
    void theSameLogAndSeedGiveTheSameEstimates() throws IOException {
        StringBuilder json = new StringBuilder();
        Arrays.stream(new SyntheticBandit(5).log(40, 3))
                .forEach(line -> json.append(DecisionLineWriter.toJson(line)).append('\n'));
        List<TargetPolicy> policies = List.of(TargetPolicies.LOGGING, SyntheticBandit.FAVOURS_D);
        byte[] log = json.toString().getBytes(StandardCharsets.UTF_8);

        OffPolicyEvaluation.Report first = OffPolicyEvaluation.run(new ByteArrayInputStream(log), policies, 11, null);
        OffPolicyEvaluation.Report again = OffPolicyEvaluation.run(new ByteArrayInputStream(log), policies, 11, null);
        OffPolicyEvaluation.Report otherSeed =
                OffPolicyEvaluation.run(new ByteArrayInputStream(log), policies, 12, null);

        assertThat(first.estimates()).hasSize(6).isEqualTo(again.estimates());
        assertThat(otherSeed.estimates())
                .extracting(Estimate::value)
                .isEqualTo(first.estimates().stream().map(Estimate::value).toList());
        assertThat(otherSeed.estimates()).isNotEqualTo(first.estimates());
        assertThat(first.log().accepted()).isEqualTo(120);
    }

    private static List<Estimate> evaluate(DecisionLine[] log, List<TargetPolicy> policies, long seed) {
        OffPolicyEvaluation evaluation = new OffPolicyEvaluation(policies, seed);
        Arrays.stream(log).forEach(evaluation::add);
        return evaluation.estimates();
    }
}
