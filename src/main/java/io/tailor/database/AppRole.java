package io.tailor.database;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The role the request pool logs in as: it owns nothing, is no superuser, does not inherit the
 * privileges of the roles it may switch to, and so can read or write a row only after a
 * transaction has set {@code role} and {@code request.jwt.claims}.
 */
record AppRole(String username, String password, boolean operatorManaged) {

    private static final Logger log = LoggerFactory.getLogger(AppRole.class);
    private static final String DUPLICATE_OBJECT = "42710";
    private static final java.util.List<String> REQUEST_ROLES =
            java.util.List.of("anon", "authenticated", "service_role");

    /**
     * Without an explicit password the role's password is derived from the owner's, so every
     * instance sharing one database computes the same one and none locks the others out.
     */
    static AppRole resolve(DatabaseSettings settings, DatabaseServer server) {
        if (!settings.appPassword().isBlank()) {
            return new AppRole(settings.appUsername(), settings.appPassword(), true);
        }
        return new AppRole(
                settings.appUsername(), derive(server.ownerUsername() + ":" + server.ownerPassword()), false);
    }

    /**
     * Creates the login role on first start, and later only renews its password, so a migration user
     * with CREATEROLE but no superuser (Supabase) can restart the service; each start also sets its
     * statement and lock timeouts ({@link BoundedWaits}). A role the operator made (an explicit password)
     * is left alone. Its attributes are checked by {@link AppRoleGuard}.
     */
    void provision(DataSource owner, DatabaseSettings settings) {
        if (operatorManaged) {
            log.info(
                    "Request pool role '{}' is managed by the operator: not changed; each of its sessions gets"
                            + " the statement and lock timeouts when the pool opens it",
                    username);
            return;
        }
        try (Connection connection = owner.getConnection();
                var statement = connection.createStatement()) {
            boolean created = createIfMissing(statement);
            if (!created) {
                statement.execute("alter role " + username + " password " + literal(password));
            }
            for (String requestRole : REQUEST_ROLES) {
                try (var member = statement.executeQuery(
                        "select pg_has_role('" + username + "', '" + requestRole + "', 'member')")) {
                    member.next();
                    if (!member.getBoolean(1)) {
                        statement.execute("grant " + requestRole + " to " + username);
                    }
                }
            }
            for (String setting : BoundedWaits.roleSettings(username, settings)) {
                statement.execute(setting);
            }
            log.info("Request pool role '{}' is ready ({})", username, created ? "created" : "password renewed");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the request pool role '" + username
                            + "': the migration user needs CREATEROLE, or create the role yourself and set"
                            + " TAILOR_APP_DB_USERNAME / TAILOR_APP_DB_PASSWORD",
                    e);
        }
    }

    /** Another instance starting at the same moment may create it first: that counts as existing. */
    private boolean createIfMissing(java.sql.Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + username + "'")) {
            if (rows.next()) {
                return false;
            }
        }
        try {
            statement.execute("create role " + username
                    + " login noinherit nosuperuser nobypassrls nocreaterole nocreatedb password " + literal(password));
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_OBJECT.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String derive(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("tailor_app".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AppRole[" + username + "]";
    }
}
