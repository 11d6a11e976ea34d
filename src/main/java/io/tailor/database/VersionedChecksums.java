package io.tailor.database;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database functions and policies once lived in the versioned migrations V1 to V15 and now live in
 * repeatable ones ({@code R__*.sql}); those versions kept their tables, columns, keys and data, so their
 * files, and Flyway's checksums of them, changed. A database migrated before the move records the old
 * checksums, which Flyway's validation would refuse. Before migrating, each such record is moved to the new
 * checksum, but only where it holds exactly the checksum the version had before the move: any other
 * difference still stops start-up, as Flyway intends.
 */
final class VersionedChecksums {

    /** Each version whose file the move changed, with Flyway's checksum of it before the move. */
    static final Map<String, Integer> BEFORE_THE_MOVE = Map.of(
            "1", 1733367067,
            "7", 1895504302,
            "8", 450571541,
            "9", -1902258271,
            "10", -1411786620,
            "11", 963863305,
            "12", 479238578,
            "13", 1583747890,
            "14", 1305745688,
            "15", 906338645);

    private VersionedChecksums() {}

    /** Moves the records of versions applied before the move to their files' checksums; returns how many. */
    static int realign(Flyway flyway, DataSource owner) {
        JdbcClient jdbc = JdbcClient.create(owner);
        String history = flyway.getConfiguration().getDefaultSchema() == null
                ? quoted(flyway.getConfiguration().getTable())
                : quoted(flyway.getConfiguration().getDefaultSchema()) + "."
                        + quoted(flyway.getConfiguration().getTable());
        int moved = 0;
        for (MigrationInfo migration : flyway.info().applied()) {
            if (appliedBeforeTheMove(migration)) {
                moved += jdbc.sql("update " + history + " set checksum = :now where installed_rank = :rank"
                                + " and checksum = :before")
                        .param("now", migration.getResolvedChecksum())
                        .param("rank", migration.getInstalledRank())
                        .param("before", migration.getAppliedChecksum())
                        .update();
            }
        }
        return moved;
    }

    private static boolean appliedBeforeTheMove(MigrationInfo migration) {
        return migration.isVersioned()
                && migration.getResolvedChecksum() != null
                && !migration.isChecksumMatching()
                && migration.getAppliedChecksum() != null
                && migration
                        .getAppliedChecksum()
                        .equals(BEFORE_THE_MOVE.get(migration.getVersion().getVersion()));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
