package io.tailor.openapi;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** What the API is, where it runs, and how callers authenticate: a bearer JWT on every call but the health check. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(
        name = OpenApiConfiguration.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "A JWT whose sub is the user id and whose role is authenticated or service_role")
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI tailorApi() {
        return new OpenAPI()
                .info(new Info().title("Tailor").version("v1").description("""
                                The personalization engine of a daily wellness app: task feedback, learned \
                                profiles, learning phases, daily plans and weekly summaries. JSON is snake_case; \
                                every error is an RFC 9457 problem document."""))
                .servers(List.of(new Server().url("http://localhost:8080").description("./mvnw spring-boot:run")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    ApplicationSchemas applicationSchemas(JsonMapper json) {
        return new ApplicationSchemas(json);
    }

    @Bean
    ActuatorPaths actuatorPaths() {
        return new ActuatorPaths();
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }
}
