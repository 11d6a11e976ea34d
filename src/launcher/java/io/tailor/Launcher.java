package io.tailor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The jar's Start-Class. On a Java older than 21 it says so in one line and exits with status 1, where the
 * application's classes would fail with a long {@code UnsupportedClassVersionError}; on 21 and newer it runs
 * {@code TailorApplication} unchanged. It is compiled apart, for Java 17 (the oldest release Spring Boot's
 * own {@code JarLauncher} runs on), and names the application only as a string, so nothing built for 21 is
 * loaded before the check.
 */
public final class Launcher {

    static final int REQUIRED_RELEASE = 21;

    private static final String APPLICATION = "io.tailor.TailorApplication";

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        Optional<String> refusal = refusal(
                Runtime.version().feature(), System.getProperty("java.version"), System.getProperty("java.home"));
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(1);
        }
        MethodHandle main = MethodHandles.lookup()
                .findStatic(Class.forName(APPLICATION), "main", MethodType.methodType(void.class, String[].class));
        main.invokeExact(args);
    }

    /** The one line for a Java older than {@link #REQUIRED_RELEASE}: which one it is, and where to get another. */
    static Optional<String> refusal(int release, String version, String javaHome) {
        if (release >= REQUIRED_RELEASE) {
            return Optional.empty();
        }
        return Optional.of("Tailor needs Java " + REQUIRED_RELEASE + " or newer, but this is Java " + version
                + " (" + javaHome + "); get one from https://adoptium.net (Temurin) or your system's packages"
                + " (openjdk-" + REQUIRED_RELEASE + " or newer) and run the jar with its bin/java.");
    }
}
