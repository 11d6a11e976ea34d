package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.TailorApplication;
import io.tailor.config.StartupConflictFailureAnalyzer;
import io.tailor.support.ExpectedLogs;
import io.tailor.support.ServiceTest;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

class HttpPortCheckTest {

    /** Spring Boot's failure report for the start-up this test makes fail. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of("org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter");

    @TempDir
    Path dataDir;

    @Test
    void aBusyHttpPortStopsStartUpNamingThePortAndTheSettingUsedBeforeTheDatabaseStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> new SpringApplicationBuilder(TailorApplication.class)
                            .listeners(logs.holdAgainOnStart())
                            .run(
                                    "--server.port=" + port,
                                    "--tailor.data-dir=" + dataDir,
                                    "--tailor.database.embedded-port=" + ServiceTest.freePort())
                            .close())
                    .isInstanceOf(HttpPortInUse.class)
                    .hasMessageContaining("Port " + port + " on 127.0.0.1 is busy")
                    .satisfies(e -> assertThat(new StartupConflictFailureAnalyzer()
                                    .analyze(e)
                                    .getAction())
                            .contains("--server.port=" + (port + 1))
                            .doesNotContain("SERVER_PORT"));
            assertThat(dataDir.resolve("postgres")).as("no database started").doesNotExist();
        }
    }
}
