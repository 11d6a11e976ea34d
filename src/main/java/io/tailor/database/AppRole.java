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
record AppRole(String username, String password) {

    private static final Logger log = LoggerFactory.getLogger(AppRole.class);

    /**
     * Without an explicit password the role's password is derived from the owner's, so every
     * instance sharing one database computes the same one and none locks the others out.
     */
    static AppRole resolve(DatabaseSettings settings, DatabaseServer server) {
        if (!settings.appPassword().isBlank()) {
            return new AppRole(settings.appUsername(), settings.appPassword());
        }
        return new AppRole(settings.appUsername(), derive(server.ownerUsername() + ":" + server.ownerPassword()));
    }

    /** Creates or updates the login role and lets it switch to the three request roles. */
    void provision(DataSource owner) {
        try (Connection connection = owner.getConnection();
                var statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + username + "'")) {
                exists = rows.next();
            }
            String attributes =
                    " login noinherit nosuperuser nobypassrls nocreaterole nocreatedb password " + literal(password);
            statement.execute((exists ? "alter role " : "create role ") + username + attributes);
            statement.execute("grant anon, authenticated, service_role to " + username);
            log.info("Request pool role '{}' is ready ({})", username, exists ? "updated" : "created");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the request pool role '" + username
                            + "': the migration user needs CREATEROLE, or create the role yourself and set"
                            + " TAILOR_APP_DB_USERNAME / TAILOR_APP_DB_PASSWORD",
                    e);
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
