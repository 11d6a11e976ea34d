package io.tailor.priors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts the pooled priors now (service role), instead of at the next interval. */
@RestController
@RequestMapping("/api/v1/priors")
@Tag(name = "Pooled priors", description = "What users did with each task, across users, for new users to start from")
class PriorsController {

    private final PooledPriorsSource priors;
    private final PriorsSettings settings;

    PriorsController(PooledPriorsSource priors, PriorsSettings settings) {
        this.priors = priors;
        this.settings = settings;
    }

    @PostMapping("/refresh")
    @Operation(
            operationId = "refreshPriors",
            summary = "Count the pooled priors now (service role)",
            description = "Counts the last 28 days' planned tasks with an outcome, per task overall, per archetype"
                    + " and per archetype and energy mode, keeps the cells with at least TAILOR_PRIORS_MIN_USERS users,"
                    + " and plans on this instance use them from now on; every other instance counts again within"
                    + " 15 seconds. Answers what this instance counted.")
    @ProblemStatuses({403, 503})
    PriorsView refresh() {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("Pooled priors count all users: they need the service role");
        }
        if (!settings.enabled()) {
            throw ApiException.disabled("TAILOR_PRIORS_ENABLED");
        }
        return PriorsView.of(priors.requestRefresh());
    }
}
