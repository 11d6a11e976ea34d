package io.tailor;

import java.io.PrintWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TailorApplication {

    /**
     * {@link TailorCommand} reads the command line. Spring starts here, outside it, so a failed start is
     * reported by Spring Boot as before; every other command exits with its own status.
     */
    public static void main(String[] args) {
        TailorCommand.Launch launch =
                TailorCommand.launch(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (launch.serves()) {
            SpringApplication.run(
                    TailorApplication.class, launch.springArguments().toArray(String[]::new));
        } else {
            System.exit(launch.status());
        }
    }
}
