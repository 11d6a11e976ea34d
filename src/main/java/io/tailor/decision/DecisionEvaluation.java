package io.tailor.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.estimation.Estimate;
import io.tailor.estimation.OffPolicyEvaluation;
import io.tailor.estimation.TargetPolicy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The offline evaluation of {@code evaluate}, run on the service's own log for a range of plan dates: the
 * export's decisions go to the evaluator one at a time as each page is read, so memory stays that of the
 * evaluator's tallies whatever the range.
 */
@Service
class DecisionEvaluation {

    private final DecisionExport export;

    DecisionEvaluation(DecisionExport export) {
        this.export = export;
    }

    Reply evaluate(LocalDate from, LocalDate to, List<TargetPolicy> policies, long seed) {
        DecisionExport.Query query = new DecisionExport.Query(from, to, Optional.empty(), Optional.empty(), false);
        OffPolicyEvaluation.Report report =
                OffPolicyEvaluation.run(each -> export.forEach(query, each), policies, seed, null);
        Map<String, Long> rejected = new LinkedHashMap<>();
        report.log()
                .rejected()
                .forEach((reason, count) -> rejected.put(reason.name().toLowerCase(Locale.ROOT), count));
        List<EstimateView> estimates = report.log().accepted() == 0
                ? List.of()
                : report.estimates().stream().map(EstimateView::from).toList();
        return new Reply(from, to, seed, report.log().accepted(), report.log().libraryVersion(), rejected, estimates);
    }

    /** {@code GET /decisions/evaluation}: how the range's log was read and what each estimator says. */
    @Schema(name = "DecisionEvaluation")
    record Reply(
            LocalDate from,
            LocalDate to,
            long seed,

            @Schema(description = "Decisions evaluated: reported or ended, of the library version evaluated")
            long decisions,

            @Schema(description = "The library version evaluated, the first decision's; null when there was none")
            @Nullable
            String libraryVersion,

            @Schema(
                    description = "Decisions left out, by reason: no_probability, not_a_distribution,"
                            + " other_library_version")
            Map<String, Long> rejected,

            @Schema(description = "Per policy, ips, snips and dr; empty when no decision could be evaluated")
            List<EstimateView> estimates) {}

    /** One estimator's estimate of one policy's completion rate, with its 95% bootstrap interval. */
    @Schema(name = "PolicyEstimate")
    record EstimateView(
            String policy,

            @Schema(allowableValues = {"ips", "snips", "dr"})
            String estimator,

            @Schema(description = "Estimated completion rate; null when the policy has no decision to rest on")
            @Nullable
            Double value,

            @Nullable Double ciLow,
            @Nullable Double ciHigh,
            long decisions,

            @Schema(description = "Effective sample size of the policy's importance weights") @Nullable
            Double ess) {

        static EstimateView from(Estimate estimate) {
            return new EstimateView(
                    estimate.policy(),
                    estimate.estimator().value(),
                    finite(estimate.value()),
                    finite(estimate.ciLow()),
                    finite(estimate.ciHigh()),
                    estimate.decisions(),
                    finite(estimate.ess()));
        }

        /** JSON has no NaN: an estimate over no decisions is null. */
        private static @Nullable Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }
}
