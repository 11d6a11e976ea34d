package io.tailor.experiment;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tailor.library.Named;
import io.tailor.web.ApiException;
import io.tailor.web.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code PUT /experiments/{id}}: the arms, each with its policy, share of the users and whether it learns. */
@Schema(name = "ExperimentDefinition", example = """
                {"arms": [{"name": "adaptive", "policy": "adaptive", "share": 0.9, "learns": true},
                          {"name": "holdout", "policy": "library", "share": 0.1, "learns": false}]}""")
record ExperimentRequest(
        @Schema(description = "At least two; the shares sum to 1") @NotNull @Size(min = 2, max = MAX_ARMS) @Valid
        List<ArmRequest> arms) {

    static final int MAX_ARMS = 10;
    static final String NAME_RULE = "must be 1-64 characters of [A-Za-z0-9._-]";
    static final double SHARE_TOLERANCE = 1e-9;

    @Schema(name = "ExperimentArmDefinition")
    record ArmRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = NAME_RULE)
            String name,

            @Schema(implementation = ArmPolicy.class) @NotNull
            String policy,

            @Schema(description = "The share of users assigned to this arm", exclusiveMinimumValue = 0, maximum = "1")
            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("1")
            Double share,

            @Schema(description = "false keeps the arm's outcomes out of learning shared across users") @NotNull
            Boolean learns) {}

    /** The arms, or a 400 naming every unknown policy, repeated name, and shares that do not sum to 1. */
    List<Arm> toArms() {
        List<FieldProblem> problems = new ArrayList<>();
        List<Arm> parsed = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        double sum = 0;
        for (int i = 0; i < arms.size(); i++) {
            ArmRequest arm = arms.get(i);
            String field = "arms[" + i + "]";
            Integer first = names.putIfAbsent(arm.name(), i);
            if (first != null) {
                problems.add(new FieldProblem(field + ".name", "is also the name of arms[" + first + "]"));
            }
            try {
                parsed.add(new Arm(
                        arm.name(),
                        Named.parse(ArmPolicy.class, field + ".policy", arm.policy(), ApiException::invalid),
                        arm.share(),
                        arm.learns()));
            } catch (ApiException unknown) {
                problems.addAll(unknown.errors());
            }
            sum += arm.share();
        }
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            problems.add(new FieldProblem("arms", "the shares must sum to 1, they sum to " + sum));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return List.copyOf(parsed);
    }
}
