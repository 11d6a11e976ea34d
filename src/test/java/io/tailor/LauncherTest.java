package io.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void javaOlderThan21GetsOneLineSayingWhichJavaItIsAndWhereToGetAnother() {
        assertThat(Launcher.refusal(17, "17.0.13", "/usr/lib/jvm/java-17-openjdk-amd64"))
                .hasValue("Tailor needs Java 21 or newer, but this is Java 17.0.13"
                        + " (/usr/lib/jvm/java-17-openjdk-amd64); get one from https://adoptium.net (Temurin)"
                        + " or your system's packages (openjdk-21 or newer) and run the jar with its bin/java.");
    }

    @Test
    void java21AndNewerRunTheApplication() {
        assertThat(Launcher.refusal(21, "21.0.5", "/opt/jdk-21")).isEmpty();
        assertThat(Launcher.refusal(25, "25.0.3", "/opt/jdk-25")).isEmpty();
    }

    @Test
    void theLauncherLoadsOnJava17LikeSpringBootsJarLauncher() throws IOException {
        assertThat(majorVersion(Launcher.class))
                .as("class file version of Java 17")
                .isEqualTo(61);
        assertThat(majorVersion(TailorApplication.class)).isGreaterThan(61);
    }

    private static int majorVersion(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            DataInputStream data = new DataInputStream(in);
            data.readInt(); // 0xCAFEBABE
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort();
        }
    }
}
