package com.servicenet.quality.control;

import com.servicenet.persistence.Columns;
import com.servicenet.persistence.Moments;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintContact;
import com.servicenet.quality.entity.ComplaintEvent;
import com.servicenet.quality.entity.ComplaintSource;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.quality.entity.ComplaintStep;
import com.servicenet.quality.entity.QualitySettings;
import com.servicenet.quality.entity.QualityText;
import com.servicenet.quality.entity.Severity;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.CertificateCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Complaints from the hotline, the public page and callbacks, and their handling: HQ investigates, may ask the
 * outlet to respond, and resolves or rejects; the outlet answers what it is asked. Every step goes into the
 * complaint's history in the same transaction as the step.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Complaints {

    static final int MOST_LISTED = 1000;

    private static final String ROWS = "SELECT c.id, c.outlet_id, o.code, o.legal_name, c.source, c.category, c.severity, c.status, "
            + "c.received_at, c.due_at, c.outlet_asked_at, c.outlet_response, c.repair_id, r.ticket_no "
            + "FROM complaint c JOIN outlet o ON o.id = c.outlet_id LEFT JOIN repair_order r ON r.id = c.repair_id ";

    /** A complaint with what HQ (or the outlet) may see of it. {@code contact} is null for the outlet. */
    /** A complaint for its reader: HQ's contact, resolution and full history only for HQ. */
    public record Detail(Complaint complaint, ComplaintRow row, ComplaintContact contact, List<ComplaintEvent> history,
                         String resolution) implements java.io.Serializable {
    }

    /** A complaint as HQ's quality staff record it from the hotline. */
    public record Hotline(long outletId, String ticketNo, ComplaintCategory category, Severity severity, String description,
                          String customerName, String customerPhone) {
    }

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    /** HQ records a complaint taken on the hotline; a ticket number links the outlet's repair of that number. */
    public Complaint record(Hotline hotline) {
        if (em.createNativeQuery("SELECT 1 FROM outlet WHERE id = ?1").setParameter(1, hotline.outletId()).getResultList().isEmpty()) {
            throw new InvalidField("outletId", "complaint.outlet-unknown", hotline.outletId());
        }
        Long repairId = null;
        String ticket = QualityText.optional(hotline.ticketNo(), "ticketNo", 80);
        if (ticket != null) {
            List<?> ids = em.createNativeQuery("SELECT id FROM repair_order WHERE outlet_id = ?1 AND ticket_no = ?2")
                    .setParameter(1, hotline.outletId()).setParameter(2, ticket).getResultList();
            if (ids.isEmpty()) {
                throw new InvalidField("ticketNo", "complaint.ticket-unknown", ticket);
            }
            repairId = Columns.number(ids.get(0));
        }
        return file(hotline.outletId(), repairId, ComplaintSource.HOTLINE, hotline.category(), hotline.severity(),
                hotline.description(), hotline.customerName(), hotline.customerPhone());
    }

    /** Files a complaint with its contact and first history entry; contact and text are checked before anything is written. */
    public Complaint file(long outletId, Long repairId, ComplaintSource source, ComplaintCategory category, Severity severity,
                   String description, String customerName, String customerPhone) {
        Instant now = Moments.now();
        QualitySettings settings = QualityPolicy.settings(em);
        Severity grade = severity == null ? Severity.MEDIUM : severity;
        Complaint complaint = new Complaint(CertificateCode.next(), outletId, repairId, source, category, grade, description,
                settings.deadline(grade), tenant.callerName(), now);
        ComplaintContact.phone(customerPhone);
        em.persist(complaint);
        em.persist(new ComplaintContact(complaint, customerName, customerPhone));
        em.persist(new ComplaintEvent(complaint, ComplaintStep.RECEIVED, tenant.callerName(), null, now));
        em.flush();
        return complaint;
    }

    public Complaint investigate(long id, String note) {
        Complaint complaint = complaint(id);
        complaint.investigate();
        return step(complaint, ComplaintStep.INVESTIGATING, QualityText.optional(note, "note", Complaint.TEXT_MAX));
    }

    public Complaint askOutlet(long id, String question) {
        Complaint complaint = complaint(id);
        boolean wasReceived = complaint.status() == ComplaintStatus.RECEIVED;
        complaint.askOutlet(question, Moments.now());
        if (wasReceived) {
            step(complaint, ComplaintStep.INVESTIGATING, null);
        }
        return step(complaint, ComplaintStep.OUTLET_ASKED, complaint.outletQuestion());
    }

    /** The outlet's answer; the outlet sees the complaint only once asked, so others get "unknown". */
    public Complaint respond(long id, String response) {
        Complaint complaint = complaint(id);
        complaint.respond(response, tenant.callerName(), Moments.now());
        return step(complaint, ComplaintStep.OUTLET_RESPONDED, complaint.outletResponse());
    }

    public Complaint note(long id, String note) {
        Complaint complaint = complaint(id);
        if (complaint.status().closed()) {
            throw new RuleViolation("complaint.closed-already", id, com.servicenet.rules.Term.of(complaint.status()));
        }
        return step(complaint, ComplaintStep.NOTE, QualityText.required(note, "note"));
    }

    public Complaint resolve(long id, String resolution) {
        Complaint complaint = complaint(id);
        complaint.resolve(resolution, tenant.callerName(), Moments.now());
        return step(complaint, ComplaintStep.RESOLVED, complaint.resolution());
    }

    public Complaint reject(long id, String reason) {
        Complaint complaint = complaint(id);
        complaint.reject(reason, tenant.callerName(), Moments.now());
        return step(complaint, ComplaintStep.REJECTED, complaint.resolution());
    }

    private Complaint step(Complaint complaint, ComplaintStep kind, String note) {
        em.flush();
        em.persist(new ComplaintEvent(complaint, kind, tenant.callerName(), note, Moments.now()));
        em.flush();
        return complaint;
    }

    public Complaint complaint(long id) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null) {
            throw new RuleViolation("complaint.unknown", id);
        }
        return complaint;
    }

    public Detail detail(long id) {
        Complaint complaint = complaint(id);
        List<ComplaintRow> rows = rows("WHERE c.id = ?1 ", List.of(id));
        ComplaintContact contact = tenant.isHeadquarters() ? em.find(ComplaintContact.class, id) : null;
        List<ComplaintEvent> history = em.createQuery(
                        "SELECT e FROM ComplaintEvent e WHERE e.complaintId = :c ORDER BY e.occurredAt, e.id", ComplaintEvent.class)
                .setParameter("c", id).getResultList();
        if (tenant.isHeadquarters()) {
            return new Detail(complaint, rows.isEmpty() ? null : rows.get(0), contact, history, complaint.resolution());
        }
        return new Detail(complaint, rows.isEmpty() ? null : rows.get(0), null,
                history.stream().map(ComplaintEvent::asSeenByOutlet).toList(), null);
    }

    /** HQ: the network's complaints as filtered, newest first. An outlet: those it was asked about. */
    public List<ComplaintRow> list(ComplaintFilter filter) {
        StringBuilder where = new StringBuilder("WHERE true ");
        List<Object> parameters = new ArrayList<>();
        if (filter.outletId() != null) {
            parameters.add(filter.outletId());
            where.append("AND c.outlet_id = ?").append(parameters.size()).append(' ');
        }
        if (filter.status() != null) {
            parameters.add(filter.status().name());
            where.append("AND c.status = ?").append(parameters.size()).append(' ');
        }
        if (filter.category() != null) {
            parameters.add(filter.category().name());
            where.append("AND c.category = ?").append(parameters.size()).append(' ');
        }
        if (filter.open() || filter.overdue()) {
            where.append("AND c.closed_at IS NULL ");
        }
        if (filter.overdue()) {
            where.append("AND c.due_at < now() ");
        }
        String order = filter.overdue() ? "ORDER BY c.due_at, c.id " : "ORDER BY c.received_at DESC, c.id DESC ";
        return rows(where + order + "LIMIT " + MOST_LISTED, parameters);
    }

    private List<ComplaintRow> rows(String where, List<Object> parameters) {
        Query query = em.createNativeQuery(ROWS + where);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Instant now = Moments.now();
        List<ComplaintRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            ComplaintStatus status = ComplaintStatus.valueOf((String) r[7]);
            Instant due = Columns.instant(r[9]);
            rows.add(new ComplaintRow(Columns.number(r[0]), Columns.number(r[1]), (String) r[2], (String) r[3],
                    ComplaintSource.valueOf((String) r[4]), ComplaintCategory.valueOf((String) r[5]), Severity.valueOf((String) r[6]),
                    status, Columns.instant(r[8]), due, !status.closed() && due.isBefore(now),
                    status == ComplaintStatus.INVESTIGATING && r[10] != null && r[11] == null, Columns.nullableNumber(r[12]), (String) r[13]));
        }
        return rows;
    }
}
