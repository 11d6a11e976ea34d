package io.tailor.database;

import com.zaxxer.hikari.HikariDataSource;
import io.tailor.config.DataDirectory;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Three pools on one server: a small owner pool that Flyway migrates with, the request pool that logs
 * in as {@link AppRole}, and two connections of that role for the probes alone. With {@code SPRING_DATASOURCE_URL} set no embedded server starts.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(Environment environment, DataDirectory dataDirectory, DatabaseSettings settings) {
        if (!DatabaseMode.isEmbedded(environment)) {
            return DatabaseServer.external(
                    environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username", "postgres"),
                    environment.getProperty("spring.datasource.password", ""));
        }
        return DatabaseServer.embedded(EmbeddedDatabase.start(
                DatabaseSettings.embeddedDataDirectory(dataDirectory.resolve("")), settings.embeddedPort()));
    }

    @Bean
    AppRole appRole(DatabaseSettings settings, DatabaseServer server) {
        return AppRole.resolve(settings, server);
    }

    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource ownerDataSource(DatabaseServer server) {
        return pool("tailor-owner", server.url(), server.ownerUsername(), server.ownerPassword(), 2);
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server, AppRole role, DatabaseSettings settings) {
        return appRolePool("tailor-app", server, role, settings, 10);
    }

    /** The health check's and the probes' own connections ({@link DatabaseCheck}), never lent to requests. */
    @Bean(destroyMethod = "close")
    HikariDataSource probeDataSource(DatabaseServer server, AppRole role, DatabaseSettings settings) {
        HikariDataSource pool = appRolePool("tailor-probe", server, role, settings, 2);
        pool.setMinimumIdle(1);
        return pool;
    }

    @Bean
    FlywayMigrationStrategy migrateThenProvisionAppRole(
            AppRole role, @FlywayDataSource DataSource owner, DatabaseSettings settings) {
        return flyway -> {
            VersionedChecksums.realign(flyway, owner);
            flyway.migrate();
            role.provision(owner, settings);
        };
    }

    private static HikariDataSource appRolePool(
            String name, DatabaseServer server, AppRole role, DatabaseSettings settings, int size) {
        HikariDataSource pool = pool(name, server.url(), role.username(), role.password(), size);
        BoundedWaits.apply(pool, settings);
        if (role.operatorManaged()) {
            // a role we may not alter gets the bounds per session instead, once per new connection
            pool.setConnectionInitSql(BoundedWaits.sessionSettings(settings));
        }
        return pool;
    }

    private static HikariDataSource pool(String name, String url, String username, String password, int size) {
        // Configured through setters, the pool connects on first use: after Flyway created its role.
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(Math.min(2, size));
        return pool;
    }
}
