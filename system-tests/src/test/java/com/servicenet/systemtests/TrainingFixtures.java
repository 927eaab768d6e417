package com.servicenet.systemtests;

import java.sql.SQLException;

/**
 * Training data written straight into PostgreSQL as the superuser (past row-level security and the
 * application), shaped as the application writes it: a certificate always hangs on an attended, passed
 * enrolment of a held session, or the database's trigger refuses it.
 */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** A new person employed at the outlet under a unique staff number; returns the technician's id. */
    static long technician(long outletId, String code, String name) throws SQLException {
        return Fixtures.technician(outletId, code, name);
    }

    static long personOf(long technicianId) throws SQLException {
        return ((Number) Fixtures.single("SELECT person_id FROM technician WHERE id = ?", technicianId)).longValue();
    }

    /**
     * A certificate of the course for the technician's person, issued {@code issuedDaysAgo} days ago and
     * expiring {@code expiresInDays} from today (negative: already past), through a held session, an
     * attended enrolment with a passing score; returns {id, code}.
     */
    static Object[] certification(long technicianId, String courseCode, int issuedDaysAgo, int expiresInDays) throws SQLException {
        long session = ((Number) Fixtures.single("INSERT INTO training_session (course_id, starts_at, ends_at, place, trainer, capacity, "
                + "status, created_by) SELECT id, now() - make_interval(days => ?), now() - make_interval(days => ?) + interval '8 hours', "
                + "'fixture', 'hq.trainer', 5, 'PLANNED', 'fixture' FROM course WHERE code = ? RETURNING id",
                issuedDaysAgo, issuedDaysAgo, courseCode)).longValue();
        long enrolment = ((Number) Fixtures.single("INSERT INTO enrolment (id, session_id, person_id, technician_id, outlet_id, status, "
                + "requested_by, requested_at, decided_by, decided_at, attended, score) SELECT nextval('enrolment_seq'), ?, t.person_id, "
                + "t.id, t.outlet_id, 'ENROLLED', 'fixture', now(), 'fixture', now(), true, 100 FROM technician t WHERE t.id = ? RETURNING id",
                session, technicianId)).longValue();
        // hexadecimal digits are Crockford base-32 digits too
        String code = Fixtures.unique() + Fixtures.unique() + Fixtures.unique().substring(0, 4);
        long id = ((Number) Fixtures.single("INSERT INTO certification (id, number, code, person_id, course_id, enrolment_id, issued_on, "
                + "expires_on, issued_by, issued_at) SELECT nextval('certification_seq'), 'FX-' || ?, ?, e.person_id, s.course_id, e.id, "
                + "current_date - ?, current_date + ?, 'fixture', now() FROM enrolment e JOIN training_session s ON s.id = e.session_id "
                + "WHERE e.id = ? RETURNING id", code, code, issuedDaysAgo, expiresInDays, enrolment)).longValue();
        Fixtures.single("INSERT INTO certification_category (certification_id, category) SELECT ?, category FROM course_category "
                + "WHERE course_id = (SELECT course_id FROM certification WHERE id = ?) RETURNING 1", id, id);
        return new Object[]{id, code};
    }
}
