package com.servicenet.audits.control;

import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Band;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The one query behind audit lists; row-level security decides whose rows come back. */
final class AuditRows {

    static final int MOST_LISTED = 1000;

    private static final String SELECT = "SELECT a.id, a.outlet_id, o.code, o.legal_name, a.kind, a.status, a.window_from, a.window_to, "
            + "a.planned_on, a.visited_on, a.assignee, a.score, a.band, t.code, v.number, a.announced "
            + "FROM audit a JOIN template_version v ON v.id = a.template_version_id JOIN audit_template t ON t.id = v.template_id "
            + "LEFT JOIN outlet o ON o.id = a.outlet_id ";

    private AuditRows() {
    }

    static List<AuditRow> query(EntityManager em, String where, String order, List<Object> parameters) {
        Query query = em.createNativeQuery(SELECT + where + " ORDER BY " + order + " LIMIT " + MOST_LISTED);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<AuditRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            rows.add(new AuditRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    AuditKind.valueOf((String) r[4]), AuditStatus.valueOf((String) r[5]), date(r[6]), date(r[7]), date(r[8]),
                    date(r[9]), (String) r[10], (BigDecimal) r[11], r[12] == null ? null : Band.valueOf((String) r[12]),
                    (String) r[13], ((Number) r[14]).intValue(), Boolean.TRUE.equals(r[15])));
        }
        return rows;
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
