package io.tailor.experiment;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Named;
import io.tailor.selection.AdaptivePolicy;
import io.tailor.selection.LibraryPolicy;
import io.tailor.selection.Policy;
import io.tailor.selection.StaticPolicy;
import io.tailor.selection.ThompsonPolicy;
import java.util.function.Supplier;

/** The policies an arm can serve, by the simulator's and the evaluator's names. */
@Schema(enumAsRef = true, description = "The policy that serves an experiment arm's users")
public enum ArmPolicy implements Named {
    STATIC(StaticPolicy::new),
    LIBRARY(LibraryPolicy::new),
    ADAPTIVE(AdaptivePolicy::new),
    THOMPSON(ThompsonPolicy::new);

    private final Supplier<Policy> policy;

    ArmPolicy(Supplier<Policy> policy) {
        this.policy = policy;
    }

    public Policy policy() {
        return policy.get();
    }

    @JsonValue
    @Override
    public String value() {
        return Named.super.value();
    }
}
