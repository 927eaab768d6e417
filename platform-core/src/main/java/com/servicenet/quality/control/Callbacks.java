package com.servicenet.quality.control;

import com.servicenet.persistence.Columns;
import com.servicenet.persistence.Moments;
import com.servicenet.quality.entity.Callback;
import com.servicenet.quality.entity.CallbackOutcome;
import com.servicenet.quality.entity.CallbackStatus;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintSource;
import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HQ's callback queue: a try that did not reach the customer, or the customer's answers. An answer that shows a
 * dissatisfied customer, an unfixed fault or a charge above the receipt raises a complaint in the same
 * transaction, linked to the repair and the callback.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Callbacks {

    private static final String ROWS = "SELECT b.id, b.outlet_id, o.code, o.legal_name, b.repair_id, r.ticket_no, r.model, r.closed_at, "
            + "r.amount_charged, r.customer_name, r.customer_phone, b.reasons, b.status, b.attempts, b.last_attempt_at, b.satisfaction, "
            + "b.complaint_id FROM callback b JOIN outlet o ON o.id = b.outlet_id JOIN repair_order r ON r.id = b.repair_id ";

    /** What completing a callback led to: the callback, and the complaint it raised if any. */
    public record Completed(Callback callback, Optional<Complaint> complaint) {
    }

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Complaints complaints;

    public Callback callback(long id) {
        Callback callback = em.find(Callback.class, id);
        if (callback == null) {
            throw new RuleViolation("callback.unknown", id);
        }
        return callback;
    }

    public Callback notReached(long id, String note) {
        Callback callback = callback(id);
        callback.notReached(QualityPolicy.settings(em).callbackMaxAttempts(), note, Moments.now());
        em.flush();
        return callback;
    }

    public Completed complete(long id, CallbackOutcome outcome) {
        Callback callback = callback(id);
        callback.complete(outcome, tenant.callerName(), Moments.now());
        Optional<Complaint> raised = outcome.complaint().map(r -> {
            Object[] contact = (Object[]) em.createNativeQuery("SELECT customer_name, customer_phone FROM repair_order WHERE id = ?1")
                    .setParameter(1, callback.repairId()).getSingleResult();
            Complaint complaint = complaints.file(callback.outletId(), callback.repairId(), ComplaintSource.CALLBACK,
                    r.category(), r.severity(), description(outcome), (String) contact[0], (String) contact[1]);
            callback.raised(complaint);
            return complaint;
        });
        em.flush();
        return new Completed(callback, raised);
    }

    /** The complaint's text, from the answers and the caller's comment, in the language of HQ's records. */
    private static String description(CallbackOutcome outcome) {
        String text = RuleTexts.format("callback.complaint", Locale.SIMPLIFIED_CHINESE, outcome.satisfaction(), yesNo(outcome.fixed()),
                yesNo(outcome.chargedAsReceipt()), outcome.comment() == null ? "" : outcome.comment()).strip();
        return text.length() > Complaint.TEXT_MAX ? text.substring(0, Complaint.TEXT_MAX) : text;
    }

    private static Term yesNo(boolean answer) {
        return Term.of(answer ? "answer.yes" : "answer.no");
    }

    /** The queue: open callbacks oldest first; or those of one status, newest first. */
    public List<CallbackRow> list(CallbackStatus status, Long outletId) {
        StringBuilder where = new StringBuilder("WHERE b.status = ?1 ");
        List<Object> parameters = new ArrayList<>(List.of((status == null ? CallbackStatus.OPEN : status).name()));
        if (outletId != null) {
            parameters.add(outletId);
            where.append("AND b.outlet_id = ?2 ");
        }
        String order = status == null || status == CallbackStatus.OPEN ? "ORDER BY b.queued_at, b.id " : "ORDER BY b.last_attempt_at DESC NULLS LAST, b.id DESC ";
        Query query = em.createNativeQuery(ROWS + where + order + "LIMIT " + Complaints.MOST_LISTED);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<CallbackRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add(row((Object[]) result));
        }
        return rows;
    }

    public CallbackRow row(long id) {
        List<?> rows = em.createNativeQuery(ROWS + "WHERE b.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolation("callback.unknown", id);
        }
        return row((Object[]) rows.get(0));
    }

    public long openCount() {
        return Columns.number(em.createNativeQuery("SELECT count(*) FROM callback WHERE status = 'OPEN'").getSingleResult());
    }

    private static CallbackRow row(Object[] r) {
        return new CallbackRow(Columns.number(r[0]), Columns.number(r[1]), (String) r[2], (String) r[3], Columns.number(r[4]),
                (String) r[5], (String) r[6], r[7] == null ? null : Columns.instant(r[7]), (BigDecimal) r[8], (String) r[9],
                (String) r[10], (String) r[11], CallbackStatus.valueOf((String) r[12]), (int) Columns.number(r[13]),
                r[14] == null ? null : Columns.instant(r[14]), r[15] == null ? null : (int) Columns.number(r[15]),
                Columns.nullableNumber(r[16]));
    }
}
