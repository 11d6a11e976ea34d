package io.tailor.webapp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code TAILOR_EVALUATION_DIR}: where {@code simulate --out} left its chart (default its own default). */
@ConfigurationProperties("tailor.evaluation")
record EvaluationSettings(@DefaultValue("target/simulation") Path dir) {}
