package io.tailor.summary;

import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics/success}: the spec's success metrics over the last {@code days} (service role). */
@RestController
class MetricsController {

    static final int MAX_DAYS = 90;

    private final SuccessMetrics metrics;

    MetricsController(SuccessMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/metrics/success")
    SuccessMetrics.Report success(@RequestParam(defaultValue = "7") int days) {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Success metrics span all users: they need the service role");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw ApiException.invalid("days", "must be between 1 and " + MAX_DAYS);
        }
        return metrics.report(days);
    }
}
