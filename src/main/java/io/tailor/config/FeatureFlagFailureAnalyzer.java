package io.tailor.config;

import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.validation.FieldError;

/** Turns a bad flag value into a start-up message that names the environment variable to fix. */
public class FeatureFlagFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private static final String PREFIX = "tailor.flags";

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        if (!cause.getName().toString().startsWith(PREFIX)) {
            return null;
        }
        String description = cause.getCause() instanceof BindValidationException invalid
                ? invalid.getValidationErrors().getAllErrors().stream()
                        .map(error -> describe(
                                error instanceof FieldError field ? field.getField() : "", error.getDefaultMessage()))
                        .collect(Collectors.joining("\n"))
                : describe(
                        String.valueOf(
                                cause.getProperty() == null
                                        ? cause.getName()
                                        : cause.getProperty().getName()),
                        "cannot be read from '"
                                + (cause.getProperty() == null
                                        ? ""
                                        : cause.getProperty().getValue()) + "'");
        return new FailureAnalysis(
                description, "Fix the environment variable named above, or unset it to use the default.", cause);
    }

    private static String describe(String property, @Nullable String problem) {
        return "Invalid feature flag " + environmentVariable(property) + ": " + problem;
    }

    /** {@code tailor.flags.rotation-threshold-hours} and {@code rotationThresholdHours} both give {@code ROTATION_THRESHOLD_HOURS}. */
    static String environmentVariable(String property) {
        String name = property.startsWith(PREFIX + ".") ? property.substring(PREFIX.length() + 1) : property;
        name = name.replaceAll("^(is)(?=[A-Z])", "").replaceAll("Valid$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
