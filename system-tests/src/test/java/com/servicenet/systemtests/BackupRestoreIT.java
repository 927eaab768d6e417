package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backup and restore that README's "Backup and restore" tells an operator to do, tried once on the test
 * platform's database: {@code pg_dump -Fc} of the live database, {@code pg_restore} into a scratch database, then
 * the same rows in every table, the same row-level security policies and schema version, and the application
 * role reading its own outlet's repairs from the copy. The scratch database is dropped afterwards.
 */
class BackupRestoreIT {

    private static final String POLICIES = "SELECT tablename || '.' || policyname FROM pg_policies ORDER BY 1";
    private static final String VERSION = "SELECT max(version::int)::text FROM flyway_schema_history WHERE success";

    @Test
    void aDumpRestoresToTheSameRowsAndPolicies() throws Exception {
        URI db = URI.create(Fixtures.URL.substring("jdbc:".length()));
        String host = db.getHost();
        String port = String.valueOf(db.getPort() < 0 ? 5432 : db.getPort());
        String source = db.getPath().substring(1);
        String scratch = source + "_restore_check";
        Path dump = Files.createTempFile("servicenet-backup", ".dump");
        try (Connection admin = Fixtures.superuser(); Statement sql = admin.createStatement();
             Connection original = Fixtures.superuser()) {
            // the platform's jobs go on writing: dump and count the original in one exported snapshot
            original.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            original.setAutoCommit(false);
            String snapshot = strings(original, "SELECT pg_export_snapshot()").get(0);
            run("pg_dump", "-h", host, "-p", port, "-U", "postgres", "-Fc", "--snapshot=" + snapshot, "-f", dump.toString(), source);
            assertTrue(Files.size(dump) > 10_000, "dump of " + Files.size(dump) + " bytes");
            Map<String, Long> rows = rowCounts(original);
            List<String> policies = strings(original, POLICIES);
            List<String> version = strings(original, VERSION);
            original.rollback();
            assertTrue(rows.getOrDefault("repair_order", 0L) > 0 && rows.getOrDefault("outlet", 0L) > 0, rows.toString());

            sql.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + scratch + " OWNER " + owner(admin) + " TEMPLATE template0 ENCODING 'UTF8'");
            try {
                run("pg_restore", "-h", host, "-p", port, "-U", "postgres", "--exit-on-error", "-d", scratch, dump.toString());
                String restoredUrl = Fixtures.URL.substring(0, Fixtures.URL.lastIndexOf('/') + 1) + scratch;
                try (Connection copy = DriverManager.getConnection(restoredUrl, "postgres", "")) {
                    assertEquals(rows, rowCounts(copy), "rows per table, original vs restored");
                    assertEquals(policies, strings(copy, POLICIES), "row-level security policies");
                    assertEquals(version, strings(copy, VERSION), "schema version");
                }
                long ownRepairs = outletRepairs(restoredUrl);
                assertTrue(ownRepairs > 0, "the application role reads outlet 1's repairs in the copy");
                assertTrue(ownRepairs < rows.get("repair_order"), "row-level security holds in the copy: outlet 1 sees "
                        + ownRepairs + " of " + rows.get("repair_order"));
            } finally {
                sql.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
                Files.deleteIfExists(dump);
            }
        }
    }

    private static String owner(Connection admin) throws SQLException {
        return strings(admin, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()").get(0);
    }

    /** Exact row counts of every table of the schema (as superuser, which row-level security does not filter). */
    private static Map<String, Long> rowCounts(Connection db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            try (Statement sql = db.createStatement(); ResultSet count = sql.executeQuery("SELECT count(*) FROM public." + table)) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        return counts;
    }

    private static long outletRepairs(String url) throws SQLException {
        try (Connection app = DriverManager.getConnection(url, System.getProperty("servicenet.db.user", "servicenet_app"),
                System.getProperty("servicenet.db.password", "servicenet_app"))) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("SELECT set_config('app.outlet_id', '1', true)");
                try (ResultSet count = sql.executeQuery("SELECT count(*) FROM repair_order")) {
                    count.next();
                    return count.getLong(1);
                }
            } finally {
                app.rollback();
            }
        }
    }

    private static List<String> strings(Connection db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " took over two minutes");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
