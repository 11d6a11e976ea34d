package io.tailor.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The one place that tells PostgreSQL who is asking. Every transaction switches to the caller's
 * role and claims with transaction-local {@code set_config}, so row-level security sees the caller
 * and a pooled connection never carries an identity into the next transaction. Work outside a
 * transaction runs as the pool's login role, which can read no table at all.
 */
class IdentityTransactionManager extends JdbcTransactionManager {

    private static final String SET_IDENTITY =
            "select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)";

    IdentityTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        var identity = CurrentIdentity.find();
        if (identity.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(SET_IDENTITY)) {
            statement.setString(1, identity.get().role().claim());
            statement.setString(2, identity.get().claimsJson());
            statement.execute();
        }
    }
}
