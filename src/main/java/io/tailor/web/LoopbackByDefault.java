package io.tailor.web;

import io.tailor.database.DatabaseMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default (no {@code SPRING_DATASOURCE_URL}) is a developer's or a demo's service, with a
 * generated secret and the try-it sign-in: it listens on 127.0.0.1 only, and so does its management port,
 * unless {@code SERVER_ADDRESS} (or {@code MANAGEMENT_SERVER_ADDRESS}) names another address. A service
 * on an external database listens on every interface, as Spring Boot does.
 */
public class LoopbackByDefault implements EnvironmentPostProcessor {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!DatabaseMode.isEmbedded(environment)) {
            return;
        }
        String address = environment.getProperty("server.address", LOOPBACK);
        Map<String, Object> defaults = new HashMap<>(Map.of("server.address", address));
        if (!environment.getProperty("management.server.port", "").isBlank()) {
            // Spring Boot refuses a management address without a port of its own
            defaults.put("management.server.address", address);
        }
        environment.getPropertySources().addLast(new MapPropertySource("tailor-loopback-default", defaults));
    }
}
