package io.tailor.web;

import io.tailor.config.Ports;
import java.net.InetAddress;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Refuses a busy HTTP port once the context is prepared, before the embedded database starts and the
 * migrations run: Tomcat finds a busy port only at the end of start-up, a quarter of a minute later on a
 * fresh data directory, and Spring Boot's message does not say which variable chooses the port. Only for
 * a context that starts a web server, and not for port 0 (any free one, as tests ask).
 */
public class HttpPortCheck implements ApplicationListener<ApplicationPreparedEvent> {

    /**
     * How the port was chosen, as the operator would change it: the command line's {@code --server.port},
     * a system property, or else {@code SERVER_PORT} (which {@code application.yml} reads, default 8080).
     */
    static String setting(Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                // Spring Boot's "configurationProperties" source is a view over all the others: look past it
                if (!source.getName().equals("configurationProperties") && source.containsProperty("server.port")) {
                    return switch (source.getName()) {
                        case CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME -> "--server.port";
                        case StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME -> "-Dserver.port";
                        default -> "SERVER_PORT";
                    };
                }
            }
        }
        return "SERVER_PORT";
    }

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        int port = environment.getProperty("server.port", Integer.class, 8080);
        InetAddress address = environment.getProperty("server.address", InetAddress.class);
        // bound as Tomcat will: the configured address, else every interface
        if (port > 0 && Ports.isBusy(address, port)) {
            throw new HttpPortInUse(port, address, setting(environment));
        }
    }
}
