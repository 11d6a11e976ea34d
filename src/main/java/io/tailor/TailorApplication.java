package io.tailor;

import io.tailor.benchmark.LoadCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TailorApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            System.exit(LoadCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(TailorApplication.class, args);
    }
}
