package com.servicenet.audits.control;

import com.servicenet.audits.entity.ActionEvent;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.audits.entity.Finding;
import com.servicenet.audits.entity.Upload;
import com.servicenet.persistence.Constraints;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.control.Certifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop after an audit: HQ raises an action from a finding, the outlet responds with text and evidence,
 * HQ verifies (closed) or reopens it. Every step is kept in the action's history.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CorrectiveActions {

    public record Detail(CorrectiveAction action, ActionRow row, List<ActionEvent> history, List<Attachment> evidence) {
    }

    private static final String ROWS = "SELECT c.id, f.audit_id, c.outlet_id, o.code, o.legal_name, q.text_zh_cn, c.description, "
            + "c.due_on, c.status, c.reopened FROM corrective_action c JOIN finding f ON f.id = c.finding_id "
            + "JOIN template_question q ON q.id = f.question_id LEFT JOIN outlet o ON o.id = c.outlet_id ";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public CorrectiveAction raise(long findingId, String description, LocalDate dueOn) {
        Finding finding = em.find(Finding.class, findingId);
        if (finding == null) {
            throw new RuleViolation("finding.unknown", findingId);
        }
        Audit audit = em.find(Audit.class, finding.auditId());
        Instant now = Moments.now();
        CorrectiveAction action = new CorrectiveAction(finding, audit, description, dueOn, Certifications.today(), tenant.callerName(), now);
        em.persist(action);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state) ? new RuleViolation("action.raised-already", findingId) : null);
        em.persist(new ActionEvent(action, CorrectiveAction.Step.RAISED, tenant.callerName(), description, now));
        em.flush();
        return action;
    }

    /**
     * The outlet answers; evidence files given here (or attached before with {@link #addEvidence}) are checked
     * by their bytes like a visit's, all before anything is written.
     */
    public CorrectiveAction respond(long actionId, String text, List<NamedFile> evidence) {
        CorrectiveAction action = action(actionId);
        Instant now = Moments.now();
        List<Upload> uploads = evidence == null ? List.of() : evidence.stream().map(f -> Upload.of(f.name(), f.bytes(), false)).toList();
        for (Upload upload : uploads) {
            store(action, upload, now);
        }
        action.respond(text, tenant.callerName(), now);
        em.flush();
        em.persist(new ActionEvent(action, CorrectiveAction.Step.RESPONDED, tenant.callerName(), text, now));
        em.flush();
        return action;
    }

    /** One evidence file, while the action waits for the outlet's response. */
    public Attachment addEvidence(long actionId, NamedFile file) {
        CorrectiveAction action = action(actionId);
        if (action.status() != CorrectiveAction.Status.OPEN) {
            throw new RuleViolation("action.not-open", actionId, com.servicenet.rules.Term.of(action.status()));
        }
        return store(action, Upload.of(file.name(), file.bytes(), false), Moments.now());
    }

    private Attachment store(CorrectiveAction action, Upload upload, Instant now) {
        return AttachmentStore.save(em, Attachment.evidence(action, upload, tenant.callerName(), now), upload);
    }

    public CorrectiveAction verify(long actionId, String note) {
        CorrectiveAction action = action(actionId);
        Instant now = Moments.now();
        action.verify(now);
        em.persist(new ActionEvent(action, CorrectiveAction.Step.VERIFIED, tenant.callerName(), note, now));
        em.flush();
        return action;
    }

    public CorrectiveAction reopen(long actionId, String note, LocalDate newDue) {
        CorrectiveAction action = action(actionId);
        Instant now = Moments.now();
        action.reopen(newDue, Certifications.today());
        em.persist(new ActionEvent(action, CorrectiveAction.Step.REOPENED, tenant.callerName(), note, now));
        em.flush();
        return action;
    }

    public CorrectiveAction action(long actionId) {
        CorrectiveAction action = em.find(CorrectiveAction.class, actionId);
        if (action == null) {
            throw new RuleViolation("action.unknown", actionId);
        }
        return action;
    }

    public Detail detail(long actionId) {
        CorrectiveAction action = action(actionId);
        List<ActionRow> rows = rows("WHERE c.id = ?1 ", List.of(actionId));
        List<ActionEvent> history = em.createQuery("SELECT e FROM ActionEvent e WHERE e.actionId = :a ORDER BY e.at, e.id", ActionEvent.class)
                .setParameter("a", actionId).getResultList();
        List<Attachment> evidence = em.createQuery("SELECT a FROM Attachment a WHERE a.actionId = :a ORDER BY a.id", Attachment.class)
                .setParameter("a", actionId).getResultList();
        return new Detail(action, rows.isEmpty() ? null : rows.get(0), history, evidence);
    }

    /** HQ: network-wide, optionally one outlet's, optionally only overdue ones. An outlet: its own. */
    public List<ActionRow> list(Long outletId, CorrectiveAction.Status status, boolean overdueOnly) {
        StringBuilder where = new StringBuilder("WHERE true ");
        List<Object> parameters = new ArrayList<>();
        if (outletId != null) {
            parameters.add(outletId);
            where.append("AND c.outlet_id = ?").append(parameters.size()).append(' ');
        }
        if (status != null) {
            parameters.add(status.name());
            where.append("AND c.status = ?").append(parameters.size()).append(' ');
        }
        if (overdueOnly) {
            parameters.add(Certifications.today());
            where.append("AND c.status <> 'CLOSED' AND c.due_on < ?").append(parameters.size()).append(' ');
        }
        return rows(where + "ORDER BY c.due_on, c.id LIMIT " + AuditRows.MOST_LISTED, parameters);
    }

    /** Findings of one audit, with the action raised from each if any. */
    public List<Finding> findings(long auditId) {
        return em.createQuery("SELECT f FROM Finding f WHERE f.auditId = :a ORDER BY f.id", Finding.class)
                .setParameter("a", auditId).getResultList();
    }

    public List<CorrectiveAction> ofAudit(long auditId) {
        return em.createQuery("SELECT c FROM CorrectiveAction c WHERE c.findingId IN (SELECT f.id FROM Finding f WHERE f.auditId = :a) ORDER BY c.id",
                CorrectiveAction.class).setParameter("a", auditId).getResultList();
    }

    private List<ActionRow> rows(String where, List<Object> parameters) {
        Query query = em.createNativeQuery(ROWS + where);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        LocalDate today = Certifications.today();
        List<ActionRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            CorrectiveAction.Status status = CorrectiveAction.Status.valueOf((String) r[8]);
            LocalDate due = AuditRows.date(r[7]);
            rows.add(new ActionRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], due, status, ((Number) r[9]).intValue(),
                    status != CorrectiveAction.Status.CLOSED && due.isBefore(today)));
        }
        return rows;
    }
}
