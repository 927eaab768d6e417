package com.servicenet.systemtests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Audit data written straight into PostgreSQL as the superuser, acting as HQ ({@code app.hq}, which the audit
 * triggers ask for), shaped as the platform writes it: a submission stores every answer with its points, each
 * section's points and score, the overall score and band (HQ's bands, the version's critical cap) and a finding
 * for each failed question; the scoring is {@code audits.entity.Scoring}'s.
 */
final class HqAuditFixtures {

    private HqAuditFixtures() {
    }

    /**
     * A visit of the outlet with the current version of the template, submitted {@code visitedDaysAgo} days ago by
     * its assignee and scored; {@code failing}: every scored answer fails (so a critical one caps the score), else
     * every answer passes but the first non-critical yes/no question of the version, which is a finding. Released
     * too when {@code released}. Returns the audit's id.
     */
    static long submitted(long outletId, String templateCode, int visitedDaysAgo, boolean failing, boolean released) throws SQLException {
        try (Connection db = Fixtures.superuser()) {
            db.setAutoCommit(false);
            try (Statement hq = db.createStatement()) {
                hq.execute("SELECT set_config('app.hq', 'on', true)");
            }
            long audit = single(db, "INSERT INTO audit (id, outlet_id, kind, template_version_id, window_from, window_to, planned_on, "
                    + "announced, assignee, status, visited_on, submitted_at, released_by, released_at, created_by) "
                    + "SELECT nextval('audit_seq'), ?, t.kind, v.id, current_date - ? - 5, current_date - ? + 5, current_date - ?, false, "
                    + "CASE WHEN t.kind = 'SPOT_CHECK' THEN 'hq.auditor' ELSE 'shopper.gz' END, ?, current_date - ?, now(), "
                    + "CASE WHEN ? THEN 'hq.auditor' END, CASE WHEN ? THEN now() END, 'fixture' "
                    + "FROM audit_template t JOIN template_version v ON v.template_id = t.id AND v.status = 'PUBLISHED' "
                    + "WHERE t.code = ? ORDER BY v.number DESC LIMIT 1 RETURNING id",
                    outletId, visitedDaysAgo, visitedDaysAgo, visitedDaysAgo, released ? "RELEASED" : "SUBMITTED", visitedDaysAgo,
                    released, released, templateCode);
            // the one question that fails in a passing visit
            Object passFails = single(db, "SELECT coalesce(min(q.id), 0) FROM template_question q JOIN template_section s ON s.id = q.section_id "
                    + "JOIN audit a ON a.template_version_id = s.version_id WHERE a.id = ? AND q.kind = 'YES_NO' AND NOT q.critical", audit);
            update(db, "INSERT INTO audit_answer (id, audit_id, question_id, not_applicable, yes, scale, number, text, comment) "
                    + "SELECT nextval('audit_answer_seq'), a.id, q.id, false, "
                    + "CASE WHEN q.kind = 'YES_NO' THEN NOT ? AND q.id <> ? END, "
                    + "CASE q.kind WHEN 'SCALE_0_4' THEN CASE WHEN ? THEN 0 ELSE 4 END WHEN 'SCALE_1_5' THEN CASE WHEN ? THEN 1 ELSE 5 END END, "
                    + "CASE WHEN q.kind = 'NUMBER' THEN 7 END, CASE WHEN q.kind = 'TEXT' THEN 'fixture' END, "
                    + "CASE WHEN q.id = ? THEN 'fixture finding' END "
                    + "FROM audit a JOIN template_section s ON s.version_id = a.template_version_id "
                    + "JOIN template_question q ON q.section_id = s.id WHERE a.id = ? AND q.kind <> 'PHOTO'",
                    failing, passFails, failing, failing, passFails, audit);
            update(db, "UPDATE audit_answer x SET possible = q.weight, earned = round(q.weight * CASE q.kind "
                    + "WHEN 'YES_NO' THEN CASE WHEN x.yes THEN 1 ELSE 0 END WHEN 'SCALE_0_4' THEN x.scale / 4.0 "
                    + "WHEN 'SCALE_1_5' THEN (x.scale - 1) / 4.0 END, 2) "
                    + "FROM template_question q WHERE q.id = x.question_id AND x.audit_id = ? AND q.kind IN ('YES_NO', 'SCALE_0_4', 'SCALE_1_5')",
                    audit);
            update(db, "INSERT INTO audit_section_score (audit_id, section_id, earned, possible, score) "
                    + "SELECT x.audit_id, q.section_id, sum(x.earned), sum(x.possible), round(100 * sum(x.earned) / sum(x.possible), 2) "
                    + "FROM audit_answer x JOIN template_question q ON q.id = x.question_id "
                    + "WHERE x.audit_id = ? AND x.possible IS NOT NULL GROUP BY x.audit_id, q.section_id", audit);
            update(db, "INSERT INTO finding (id, audit_id, outlet_id, question_id, note, critical) "
                    + "SELECT nextval('finding_seq'), x.audit_id, ?, x.question_id, x.comment, q.critical "
                    + "FROM audit_answer x JOIN template_question q ON q.id = x.question_id "
                    + "WHERE x.audit_id = ? AND x.possible IS NOT NULL AND x.earned < x.possible / 2.0", outletId, audit);
            update(db, "UPDATE audit a SET critical_failed = s.critical, "
                    + "score = CASE WHEN s.critical THEN least(s.score, v.critical_cap) ELSE s.score END "
                    + "FROM (SELECT ss.audit_id, round(sum(ss.score * sec.weight) / sum(sec.weight), 2) AS score, "
                    + "        EXISTS (SELECT 1 FROM finding f WHERE f.audit_id = ss.audit_id AND f.critical) AS critical "
                    + "      FROM audit_section_score ss JOIN template_section sec ON sec.id = ss.section_id WHERE ss.audit_id = ? "
                    + "      GROUP BY ss.audit_id) s, template_version v "
                    + "WHERE a.id = s.audit_id AND v.id = a.template_version_id", audit);
            update(db, "UPDATE audit a SET band = CASE WHEN a.score >= r.good_from THEN 'GOOD' WHEN a.score >= r.failing_below "
                    + "THEN 'NEEDS_IMPROVEMENT' ELSE 'FAILING' END FROM audit_setting r WHERE a.id = ?", audit);
            db.commit();
            return audit;
        }
    }

    /** The first finding of the audit. */
    static long finding(long auditId) throws SQLException {
        return ((Number) Fixtures.single("SELECT min(id) FROM finding WHERE audit_id = ?", auditId)).longValue();
    }

    /** A corrective action of the finding which the outlet has answered (RESPONDED), with its history. */
    static long respondedAction(long findingId, String response) throws SQLException {
        long action = ((Number) Fixtures.single("INSERT INTO corrective_action (id, finding_id, outlet_id, description, due_on, status, "
                + "response, responded_by, responded_at, created_by, created_at) SELECT nextval('corrective_action_seq'), f.id, f.outlet_id, "
                + "'fixture: put it right', current_date + 20, 'RESPONDED', ?, 'manager', now() - interval '1 hour', 'hq.auditor', "
                + "now() - interval '2 days' FROM finding f WHERE f.id = ? RETURNING id", response, findingId)).longValue();
        Fixtures.update("INSERT INTO action_event (id, action_id, at, actor, step, note) VALUES "
                + "(nextval('action_event_seq'), ?, now() - interval '2 days', 'hq.auditor', 'RAISED', 'fixture: put it right'), "
                + "(nextval('action_event_seq'), ?, now() - interval '1 hour', 'manager', 'RESPONDED', ?)", action, action, response);
        return action;
    }

    /** A PNG file of the audit's visit ({@code actionId} null) or of the action's evidence, with its bytes; returns its id. */
    static long attachment(Long auditId, Long actionId, long outletId, String fileName, byte[] bytes) throws SQLException {
        long id = ((Number) Fixtures.single("INSERT INTO attachment (id, audit_id, action_id, outlet_id, purpose, media_type, byte_size, "
                + "sha256, file_name, uploaded_by) VALUES (nextval('attachment_seq'), ?, ?, ?, ?, 'image/png', ?, encode(sha256(?), 'hex'), ?, "
                + "'fixture') RETURNING id", auditId, actionId, outletId, actionId == null ? "PHOTO" : "EVIDENCE", bytes.length, bytes,
                fileName)).longValue();
        Fixtures.update("INSERT INTO attachment_content (attachment_id, bytes) VALUES (?, ?)", id, bytes);
        return id;
    }

    private static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Fixtures.prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return ((Number) rows.getObject(1)).longValue();
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Fixtures.prepare(db, sql, parameters)) {
            statement.executeUpdate();
        }
    }
}
