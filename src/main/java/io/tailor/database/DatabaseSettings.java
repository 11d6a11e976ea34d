package io.tailor.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The pool's login role and the embedded database's port. The owner connection (migrations only)
 * is {@code spring.datasource.*} when a URL is set, else the embedded superuser.
 */
@Validated
@ConfigurationProperties("tailor.database")
public record DatabaseSettings(
        @Min(1) @Max(65535) int embeddedPort,
        @NotBlank @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}") String appUsername,
        String appPassword) {

    static Path embeddedDataDirectory(Path dataDir) {
        return dataDir.resolve("postgres");
    }
}
