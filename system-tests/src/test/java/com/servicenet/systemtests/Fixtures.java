package com.servicenet.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data written straight into PostgreSQL, past the application: as the superuser for set-up (which row
 * level security does not bind), or as the application's own role to prove what the database refuses.
 * Every fixture gets unique codes, so tests never depend on each other or on their order.
 */
public final class Fixtures {

    static final String URL = System.getProperty("servicenet.db.url", "jdbc:postgresql://127.0.0.1:5432/servicenet_test");

    private Fixtures() {
    }

    /** A short unique suffix for codes: upper-case letters and digits. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    public static Connection superuser() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    /** The role the application servers connect as: owns nothing, bound by row-level security. */
    public static Connection applicationRole() throws SQLException {
        return DriverManager.getConnection(URL, System.getProperty("servicenet.db.user", "servicenet_app"),
                System.getProperty("servicenet.db.password", "servicenet_app"));
    }

    /** A new district under Shanghai city, held by nobody. */
    public static long district(String code) throws SQLException {
        return insert("INSERT INTO region (parent_id, code, level, name_en, name_zh_cn, name_zh_tw, service_area) "
                + "SELECT id, ?, 'DISTRICT', ?, ?, ?, 'test district' FROM region WHERE code = 'SH-SH' RETURNING id",
                code, "Test " + code, "测试" + code, "測試" + code);
    }

    public static long outlet(String code, String status) throws SQLException {
        return insert("INSERT INTO outlet (code, legal_name, status, contact_phone) VALUES (?, ?, ?, '021-0000 0000') RETURNING id",
                code, "测试网点 " + code, status);
    }

    /** An appointment written directly, as if by HQ, from now (or later) on. */
    public static long appointment(long regionId, long outletId, String from, String to) throws SQLException {
        return insert("INSERT INTO region_assignment (region_id, outlet_id, valid_from, valid_to, appointed_by) "
                + "VALUES (?, ?, " + from + ", " + to + ", 'fixture') RETURNING id", regionId, outletId);
    }

    /** A repair of an outlet with one part, written as if reported yesterday. */
    public static long repair(long outletId, String ticket, String status) throws SQLException {
        long id = insert("INSERT INTO repair_order (id, outlet_id, ticket_no, status, service_type, category, model, serial_no, "
                + "fault, customer_name, customer_phone, received_at, warranty_coverage, created_by) "
                + "VALUES (nextval('repair_order_seq'), ?, ?, ?, 'IN_SHOP', 'AIR_CONDITIONER', 'FX-1', ?, 'fixture', '测试', "
                + "'13800000000', now() - interval '1 day', 'UNKNOWN', 'fixture') RETURNING id", outletId, ticket, status, "SN-" + ticket);
        insert("INSERT INTO repair_part (id, outlet_id, repair_id, line_no, part_code, quantity, unit_price) "
                + "VALUES (nextval('repair_part_seq'), ?, ?, 1, 'AC-CAP-35', 1, 40) RETURNING id", outletId, id);
        return id;
    }

    /** A new person employed as an active technician of the outlet (a person the network has not known before). */
    public static long technician(long outletId, String code, String name) throws SQLException {
        long person = insert("INSERT INTO person (id, name) VALUES (nextval('person_seq'), ?) RETURNING id", name);
        return insert("INSERT INTO technician (id, outlet_id, code, name, person_id) VALUES (nextval('technician_seq'), ?, ?, ?, ?) "
                + "RETURNING id", outletId, code, name, person);
    }

    /** Runs a statement as the superuser (set-up and clean-up); returns the rows it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = superuser(); PreparedStatement statement = prepare(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    public static List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection db = superuser(); PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
            return rows(rows);
        }
    }

    public static Object single(String sql, Object... parameters) throws SQLException {
        List<List<Object>> rows = query(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    static List<List<Object>> rows(ResultSet rows) throws SQLException {
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

    static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static long insert(String sql, Object... parameters) throws SQLException {
        try (Connection db = superuser(); PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
