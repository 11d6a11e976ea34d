package io.tailor;

import io.tailor.simulation.SimulationCommand;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TailorApplication {

    /** {@code simulate ...} runs the offline evaluation and exits without starting Spring; anything else serves. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(SimulationCommand.NAME)) {
            System.exit(SimulationCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(TailorApplication.class, args);
    }
}
