package com.servicenet.systemtests;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit test data written as the superuser: a small published template of its own per test, assignments, and
 * the state HQ's release would leave. Every fixture has unique codes, so tests do not depend on the demo audits.
 */
final class AuditFixtures {

    /** A published template version and its questions by role in the tests. */
    record Template(long versionId, Map<String, Long> questions) {
        long q(String name) {
            return questions.get(name);
        }
    }

    private AuditFixtures() {
    }

    /**
     * Two sections: "reception" (yes/no, 1–5) and "charges" (yes/no that may be N/A and is critical, a number that
     * may be N/A, a text, a photo). Inserted as a draft, then published (a published version is frozen).
     */
    static Template template(String kind, String code) throws SQLException {
        long template = single("INSERT INTO audit_template (code, kind, name_en, name_zh_cn, name_zh_tw, created_by) "
                + "VALUES (?, ?, ?, ?, ?, 'fixture') RETURNING id", code, kind, "Test " + code, "测试" + code, "測試" + code);
        long version = single("INSERT INTO template_version (template_id, number, status, brief, created_by) "
                + "VALUES (?, 1, 'DRAFT', ?, 'fixture') RETURNING id", template, "Template brief " + code);
        long reception = section(version, 1, "接待", "Reception", 60);
        long charges = section(version, 2, "收费", "Charges", 40);
        Map<String, Long> questions = new LinkedHashMap<>();
        questions.put("polite", question(reception, 1, "接待礼貌", "Polite reception", "YES_NO", 2, false, false));
        questions.put("explained", question(reception, 2, "说明清楚", "Explained clearly", "SCALE_1_5", 2, false, false));
        questions.put("priced", question(charges, 1, "按清单收费", "Charged as listed", "YES_NO", 3, true, true));
        questions.put("waited", question(charges, 2, "等待时间（分钟）", "Waiting time (minutes)", "NUMBER", 0, false, true));
        questions.put("story", question(charges, 3, "经过描述", "What happened", "TEXT", 0, false, false));
        questions.put("photo", question(charges, 4, "店面照片", "Photo of the shop", "PHOTO", 0, false, false));
        Fixtures.update("UPDATE template_version SET status = 'PUBLISHED', published_by = 'fixture', published_at = now() WHERE id = ?", version);
        return new Template(version, questions);
    }

    /** An open assignment of the template's kind at the outlet, due from three days ago to a week ahead. */
    static long assignment(long outletId, Template template, String kind, String assignee, String brief) throws SQLException {
        return single("INSERT INTO audit (id, outlet_id, kind, template_version_id, window_from, window_to, planned_on, announced, "
                + "brief, assignee, status, created_by) VALUES (nextval('audit_seq'), ?, ?, ?, current_date - 3, current_date + 7, "
                + "current_date, false, ?, ?, 'PLANNED', 'fixture') RETURNING id", outletId, kind, template.versionId(), brief, assignee);
    }

    /**
     * A mystery shop that was visited and submitted (scored, one failed critical question as a finding), not yet
     * released: what the outlet must not see.
     */
    static long submittedShop(long outletId, Template template, String brief) throws SQLException {
        long audit = single("INSERT INTO audit (id, outlet_id, kind, template_version_id, window_from, window_to, planned_on, announced, "
                + "brief, assignee, status, visited_on, submitted_at, score, band, critical_failed, created_by) VALUES "
                + "(nextval('audit_seq'), ?, 'MYSTERY_SHOP', ?, current_date - 10, current_date + 2, current_date - 5, false, ?, "
                + "'shopper.gz', 'SUBMITTED', current_date - 5, now() - interval '4 days', 42.50, 'FAILING', true, 'fixture') RETURNING id",
                outletId, template.versionId(), brief);
        answer(audit, template.q("polite"), true, null, 2, 2);
        answer(audit, template.q("explained"), null, 4, 1.5, 2);
        answer(audit, template.q("priced"), false, null, 0, 3);
        Fixtures.update("INSERT INTO audit_section_score (audit_id, section_id, earned, possible, score) "
                + "SELECT ?, s.id, CASE WHEN s.position = 1 THEN 3.5 ELSE 0 END, CASE WHEN s.position = 1 THEN 4 ELSE 3 END, "
                + "CASE WHEN s.position = 1 THEN 87.50 ELSE 0 END FROM template_section s WHERE s.version_id = ?", audit, template.versionId());
        single("INSERT INTO finding (id, audit_id, outlet_id, question_id, note, critical) VALUES (nextval('finding_seq'), ?, ?, ?, ?, true) "
                + "RETURNING id", audit, outletId, template.q("priced"), "收费高于维修清单");
        return audit;
    }

    /** HQ's release, as AuditResults.release leaves it (acting as HQ: the audit's guard lets only HQ release). */
    static void release(long auditId) throws SQLException {
        try (java.sql.Connection db = Fixtures.superuser(); java.sql.Statement hq = db.createStatement();
             java.sql.PreparedStatement release = db.prepareStatement(
                     "UPDATE audit SET status = 'RELEASED', released_by = 'fixture', released_at = now() WHERE id = ?")) {
            hq.execute("SET app.hq = 'on'");
            release.setLong(1, auditId);
            if (release.executeUpdate() != 1) {
                throw new IllegalStateException("no audit " + auditId);
            }
        }
    }

    /** An open corrective action on the audit's finding, raised by HQ, due in two weeks. */
    static long action(long auditId, String description) throws SQLException {
        long action = single("INSERT INTO corrective_action (id, finding_id, outlet_id, description, due_on, status, created_by) "
                + "SELECT nextval('corrective_action_seq'), f.id, f.outlet_id, ?, current_date + 14, 'OPEN', 'fixture' "
                + "FROM finding f WHERE f.audit_id = ? ORDER BY f.id LIMIT 1 RETURNING id", description, auditId);
        single("INSERT INTO action_event (id, action_id, at, actor, step, note) VALUES (nextval('action_event_seq'), ?, now(), "
                + "'hq.auditor', 'RAISED', ?) RETURNING id", action, description);
        return action;
    }

    private static void answer(long audit, long question, Boolean yes, Integer scale, double earned, double possible)
            throws SQLException {
        single("INSERT INTO audit_answer (id, audit_id, question_id, yes, scale, earned, possible) "
                + "VALUES (nextval('audit_answer_seq'), ?, ?, ?, ?, ?, ?) RETURNING id", audit, question, yes, scale, earned, possible);
    }

    private static long section(long version, int position, String zh, String en, int weight) throws SQLException {
        return single("INSERT INTO template_section (id, version_id, position, title_zh_cn, title_en, title_zh_tw, weight) "
                + "VALUES (nextval('template_section_seq'), ?, ?, ?, ?, ?, ?) RETURNING id", version, position, zh, en, zh, weight);
    }

    private static long question(long section, int position, String zh, String en, String kind, int weight, boolean critical,
                                 boolean naAllowed) throws SQLException {
        return single("INSERT INTO template_question (id, section_id, position, text_zh_cn, text_en, text_zh_tw, kind, weight, critical, "
                + "na_allowed) VALUES (nextval('template_question_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                section, position, zh, en, zh, kind, weight, critical, naAllowed);
    }

    private static long single(String sql, Object... parameters) throws SQLException {
        return ((Number) Fixtures.single(sql, parameters)).longValue();
    }
}
