package io.tailor.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.estimation.TargetPolicies;
import io.tailor.estimation.TargetPolicy;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /decisions/evaluation}: {@code evaluate} on the service's own log for a range of dates (service role). */
@RestController
@Tag(name = "Decisions")
class DecisionEvaluationController {

    /** A quarter: an evaluation runs inside one request, over one read of the range. */
    static final int MAX_DAYS = 92;

    private final DecisionEvaluation evaluation;

    DecisionEvaluationController(DecisionEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @GetMapping("/api/v1/decisions/evaluation")
    @Operation(
            operationId = "evaluateDecisions",
            summary = "Offline policy evaluation of the decision log for a date range (service role)",
            description = "Runs `java -jar tailor.jar evaluate` on the decisions planned from `from` to `to` (at"
                    + " most " + MAX_DAYS + " days), as the export would give them: for each policy, the"
                    + " completion rate it would have had by IPS, self-normalized IPS and doubly robust, each"
                    + " with a 95% bootstrap interval over users, the decisions it rests on and the effective"
                    + " sample size. Pending items are left out; decisions that cannot be evaluated are"
                    + " counted under rejected. The same range, log and seed give the same numbers.")
    @ProblemStatuses({400, 403})
    DecisionEvaluation.Reply evaluate(
            @Parameter(description = "first plan date, YYYY-MM-DD")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last plan date, YYYY-MM-DD, at most " + MAX_DAYS + " days after from")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(
                            description = "a policy to evaluate, repeatable: static, library, adaptive, thompson,"
                                    + " logging (default: all)")
                    @RequestParam(name = "policy", required = false)
                    @Nullable
                    List<String> policies,
            @Parameter(description = "seed of the bootstrap") @RequestParam(defaultValue = "42") long seed) {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("The decision log spans all users: it needs the service role");
        }
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.invalid("to", "must be within " + MAX_DAYS + " days of from");
        }
        return evaluation.evaluate(from, to, chosen(policies == null ? List.of() : policies), seed);
    }

    private static List<TargetPolicy> chosen(List<String> names) {
        Map<String, TargetPolicy> known = TargetPolicies.all();
        if (names.isEmpty()) {
            return List.copyOf(known.values());
        }
        List<TargetPolicy> chosen = new ArrayList<>();
        for (String name : names) {
            TargetPolicy policy = known.get(name);
            if (policy == null) {
                throw ApiException.invalid("policy", "'" + name + "' is none of " + String.join(", ", known.keySet()));
            }
            if (!chosen.contains(policy)) {
                chosen.add(policy);
            }
        }
        return chosen;
    }
}
