package io.tailor.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A user's rows in every table that has a {@code user_id} column, found in {@code information_schema} so a
 * table added later is counted too, and counted by the database owner, whom row-level security does not
 * filter: what the database holds, not what some role may see.
 */
final class UserRows {

    private static final String TABLES = """
            select c.table_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = 'public' and c.column_name = 'user_id' and t.table_type = 'BASE TABLE'
            order by c.table_name
            """;

    private final DataSource owner;

    UserRows(DataSource owner) {
        this.owner = owner;
    }

    /** Table name to the user's row count, for every table with a {@code user_id} column. */
    Map<String, Long> of(String userId) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = owner.getConnection()) {
            for (String table : tables(connection)) {
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from public.\"" + table + "\" where user_id = ?")) {
                    count.setString(1, userId);
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        counts.put(table, row.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TABLES);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
