package io.tailor.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the embedded database and other local state live ({@code TAILOR_DATA_DIR}). */
@ConfigurationProperties("tailor")
public record DataDirectory(Path dataDir) {

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}
