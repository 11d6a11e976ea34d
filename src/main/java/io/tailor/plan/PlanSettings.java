package io.tailor.plan;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code TAILOR_PLAN_FALLBACK_URL}: a plan generator behind HTTP to use instead of the standard plan. */
@ConfigurationProperties("tailor.plans")
record PlanSettings(@Nullable URI fallbackUrl) {}
