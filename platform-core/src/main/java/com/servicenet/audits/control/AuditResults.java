package com.servicenet.audits.control;

import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditAnswer;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Band;
import com.servicenet.audits.entity.Finding;
import com.servicenet.audits.entity.SectionResult;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results: HQ searches and releases them; an outlet reads its own once released (row-level security hides
 * the rest, so an unreleased mystery shop is simply not there for it).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditResults {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Consequences consequences;

    public record Filter(Long outletId, AuditKind kind, AuditStatus status, Band band, LocalDate from, LocalDate to) {
        public static Filter all() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public List<AuditRow> search(Filter filter) {
        StringBuilder where = new StringBuilder("WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (filter.outletId() != null) {
            parameters.add(filter.outletId());
            where.append(" AND a.outlet_id = ?").append(parameters.size());
        }
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
            where.append(" AND a.kind = ?").append(parameters.size());
        }
        if (filter.status() != null) {
            parameters.add(filter.status().name());
            where.append(" AND a.status = ?").append(parameters.size());
        }
        if (filter.band() != null) {
            parameters.add(filter.band().name());
            where.append(" AND a.band = ?").append(parameters.size());
        }
        if (filter.from() != null) {
            parameters.add(filter.from());
            where.append(" AND coalesce(a.visited_on, a.planned_on, a.window_from) >= ?").append(parameters.size());
        }
        if (filter.to() != null) {
            parameters.add(filter.to());
            where.append(" AND coalesce(a.visited_on, a.planned_on, a.window_from) <= ?").append(parameters.size());
        }
        return AuditRows.query(em, where.toString(), "coalesce(a.visited_on, a.planned_on, a.window_from) DESC, a.id DESC", parameters);
    }

    /** The outlet's own released results. */
    public List<AuditRow> released() {
        return AuditRows.query(em, "WHERE a.outlet_id = ?1 AND a.status = 'RELEASED'", "a.visited_on DESC, a.id DESC",
                List.of(tenant.requireOutletId()));
    }

    public AuditResult result(long auditId) {
        Audit audit = em.find(Audit.class, auditId);
        if (audit == null || (!tenant.isHeadquarters() && audit.status() != AuditStatus.RELEASED)) {
            // an outlet sees an announced spot check before the visit, but no result until it is released
            throw new RuleViolation("audit.unknown", auditId);
        }
        Map<Long, SectionResult> sections = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM SectionResult s WHERE s.auditId = :a", SectionResult.class).setParameter("a", auditId)
                .getResultList().forEach(s -> sections.put(s.sectionId(), s));
        Map<Long, AuditAnswer> answers = new HashMap<>();
        em.createQuery("SELECT a FROM AuditAnswer a WHERE a.auditId = :a", AuditAnswer.class).setParameter("a", auditId)
                .getResultList().forEach(a -> answers.put(a.questionId(), a));
        List<Finding> findings = em.createQuery("SELECT f FROM Finding f WHERE f.auditId = :a ORDER BY f.id", Finding.class)
                .setParameter("a", auditId).getResultList();
        List<Attachment> attachments = tenant.isHeadquarters()
                ? em.createQuery("SELECT a FROM Attachment a WHERE a.auditId = :a ORDER BY a.id", Attachment.class)
                        .setParameter("a", auditId).getResultList()
                : List.of();
        List<?> outlet = em.createNativeQuery("SELECT code, legal_name FROM outlet WHERE id = ?1").setParameter(1, audit.outletId()).getResultList();
        Object[] o = outlet.isEmpty() ? new Object[2] : (Object[]) outlet.get(0);
        return new AuditResult(audit, (String) o[0], (String) o[1], sections, answers, findings, attachments);
    }

    public Audit release(long auditId) {
        Audit audit = em.find(Audit.class, auditId);
        if (audit == null) {
            throw new RuleViolation("audit.unknown", auditId);
        }
        audit.release(tenant.callerName(), Moments.now());
        em.flush();
        consequences.afterRelease(audit);
        return audit;
    }

    /**
     * The outlet's monthly mean score per kind over the months up to {@code until}; months without a scored
     * audit have a null mean, so a chart shows a gap rather than a zero. An outlet sees its released ones.
     */
    public List<TrendPoint> trend(long outletId, YearMonth until, int months) {
        YearMonth first = until.minusMonths(months - 1L);
        Map<String, Object[]> found = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT to_char(visited_on, 'YYYY-MM'), kind, count(*), avg(score) FROM audit "
                        + "WHERE outlet_id = ?1 AND status IN ('SUBMITTED', 'RELEASED') AND visited_on >= ?2 AND visited_on < ?3 "
                        + (tenant.isHeadquarters() ? "" : "AND status = 'RELEASED' ")
                        + "GROUP BY 1, 2")
                .setParameter(1, outletId).setParameter(2, first.atDay(1)).setParameter(3, until.plusMonths(1).atDay(1))
                .getResultList()) {
            Object[] r = (Object[]) row;
            found.put(r[0] + "/" + r[1], r);
        }
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(until); month = month.plusMonths(1)) {
            for (AuditKind kind : AuditKind.values()) {
                Object[] r = found.get(month + "/" + kind.name());
                points.add(r == null ? new TrendPoint(month, kind, 0, null)
                        : new TrendPoint(month, kind, ((Number) r[2]).intValue(),
                        r[3] == null ? null : ((BigDecimal) r[3]).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return points;
    }

    /** A file with its bytes, as HQ downloads it. */
    public record Download(Attachment attachment, byte[] bytes) {
    }

    /** A visit's file or an action's evidence with its bytes: HQ only (row-level security keeps the bytes HQ's too). */
    public Download download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !tenant.isHeadquarters()) {
            throw new RuleViolation("attachment.unknown", attachmentId);
        }
        List<?> bytes = em.createNativeQuery("SELECT bytes FROM attachment_content WHERE attachment_id = ?1")
                .setParameter(1, attachmentId).getResultList();
        if (bytes.isEmpty()) {
            throw new RuleViolation("attachment.unknown", attachmentId);
        }
        return new Download(attachment, (byte[]) bytes.get(0));
    }
}
