package io.tailor.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;

/**
 * Hand-written SQL through the service's own request pool, in one transaction per call, as a given
 * database identity: what row-level security sees is exactly what a request would give it.
 */
@TestComponent
public class Sql {

    private final DataSource pool;

    public Sql(@Qualifier("dataSource") DataSource pool) {
        this.pool = pool;
    }

    /** Runs work as a user ({@code role} authenticated), the service role, or (null role) with no identity. */
    public <T> T as(String role, String userId, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (role != null) {
                    try (PreparedStatement identity = connection.prepareStatement(
                            "select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)")) {
                        identity.setString(1, role);
                        identity.setString(2, userId == null ? "{}" : "{\"sub\":\"" + userId + "\"}");
                        identity.execute();
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    public <T> T asUser(String userId, Work<T> work) {
        return as("authenticated", userId, work);
    }

    public <T> T asService(Work<T> work) {
        return as("service_role", "backend-job", work);
    }

    public int update(String role, String userId, String statement, Object... params) {
        return as(role, userId, connection -> {
            try (PreparedStatement prepared = prepare(connection, statement, params)) {
                return prepared.executeUpdate();
            }
        });
    }

    public List<List<Object>> query(String role, String userId, String statement, Object... params) {
        return as(role, userId, connection -> rows(connection, statement, params));
    }

    public static List<List<Object>> rows(Connection connection, String statement, Object... params)
            throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement, params);
                ResultSet rows = prepared.executeQuery()) {
            List<List<Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    private static PreparedStatement prepare(Connection connection, String statement, Object... params)
            throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement);
        for (int i = 0; i < params.length; i++) {
            prepared.setObject(i + 1, params[i]);
        }
        return prepared;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A failed statement, keeping PostgreSQL's SQLSTATE for assertions. */
    public static class SqlFailure extends RuntimeException {

        public SqlFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
