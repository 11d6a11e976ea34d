package io.tailor.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics/success}: the spec's success metrics over the last {@code days} (service role). */
@RestController
@Tag(name = "Metrics", description = "The spec's success metrics across users")
class MetricsController {

    static final int MAX_DAYS = 90;

    private final SuccessMetrics metrics;

    MetricsController(SuccessMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/metrics/success")
    @Operation(
            operationId = "getSuccessMetrics",
            summary = "Success metrics (service role)",
            description = "Over the last days: task variety, completion by learning phase, satisfaction by"
                    + " category (feedback windows on event time, occurred_at), dynamic plan success, the phase"
                    + " distribution, request latency, and over the plans dated in the window up to today:"
                    + " planned items done, skipped, not reported and pending, by the phase each plan was made in,"
                    + " and distinct variation groups per user, category and week.")
    @ProblemStatuses({400, 403})
    SuccessMetrics.Report success(
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "90", defaultValue = "7"))
                    @RequestParam(defaultValue = "7")
                    int days) {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Success metrics span all users: they need the service role");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw ApiException.invalid("days", "must be between 1 and " + MAX_DAYS);
        }
        return metrics.report(days);
    }
}
