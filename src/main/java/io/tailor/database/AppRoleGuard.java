package io.tailor.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve when the request pool is not logged in as the unprivileged role, e.g. because a
 * {@code ?user=} in {@code SPRING_DATASOURCE_URL} overrode it: row-level security would not hold.
 */
@Component
class AppRoleGuard implements SmartInitializingSingleton {

    private final DataSource pool;
    private final AppRole role;

    AppRoleGuard(@Qualifier("dataSource") DataSource pool, AppRole role) {
        this.pool = pool;
        this.role = role;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (Connection connection = pool.getConnection();
                ResultSet row = connection
                        .createStatement()
                        .executeQuery(
                                "select session_user, rolsuper or rolbypassrls from pg_roles where rolname = session_user")) {
            row.next();
            String user = row.getString(1);
            if (!user.equals(role.username()) || row.getBoolean(2)) {
                throw new IllegalStateException("The request pool logged in as '" + user
                        + "', not as the unprivileged '"
                        + role.username() + "': row-level security would not hold. Remove user/password parameters"
                        + " from SPRING_DATASOURCE_URL.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the request pool's role", e);
        }
    }
}
