package io.tailor.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FallbackConfiguration {

    @Bean
    FallbackPlanSource fallbackPlanSource(PlanSettings settings, JsonMapper json) {
        return settings.fallbackUrl() == null
                ? new StandardDailyPlan()
                : new HttpPlanSource(settings.fallbackUrl(), json);
    }
}
