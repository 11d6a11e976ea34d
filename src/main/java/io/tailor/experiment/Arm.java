package io.tailor.experiment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One arm of an experiment: its users are served by {@code policy}; {@code share} of the users are
 * assigned to it; {@code learns} false keeps its outcomes out of any learning shared across users.
 */
@Schema(name = "ExperimentArmSettings")
public record Arm(String name, ArmPolicy policy, double share, boolean learns) {}
