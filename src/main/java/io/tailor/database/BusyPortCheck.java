package io.tailor.database;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses a busy embedded-database port once the context is prepared and before it builds anything, so
 * a second instance exits within a second or two rather than after its whole start-up. Not earlier, when
 * the environment is first prepared: the context's initializers (tests' dynamic properties among them)
 * may still change the port then, and checking the default would refuse a port nobody asked for. A server still running in our own directory is left to {@link EmbeddedDatabase#start}, which
 * stops it when a killed run left it, or reports the directory in use.
 */
public class BusyPortCheck implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        Integer port = environment.getProperty("tailor.database.embedded-port", Integer.class);
        String dataDir = environment.getProperty("tailor.data-dir");
        if (!DatabaseMode.isEmbedded(environment) || port == null || dataDir == null) {
            return;
        }
        Path directory = DatabaseSettings.embeddedDataDirectory(
                Path.of(dataDir).toAbsolutePath().normalize());
        if (Postmaster.running(directory).isEmpty() && EmbeddedDatabase.isBusy(port)) {
            throw DatabaseConflict.portInUse(port, directory);
        }
    }
}
