package com.servicenet.audits.control;

import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditRules;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.audits.entity.IrregularSchedule;
import com.servicenet.audits.entity.MysteryShopper;
import com.servicenet.network.entity.Outlet;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** HQ plans visits: one by one, or from the irregular scheduler's proposals; and assigns who goes. */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditPlanning {

    /** One proposal run covers at most this many days. */
    public static final int MOST_DAYS_PROPOSED = 366;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    AuditTemplates templates;

    public Audit plan(AuditPlan plan) {
        if (plan.outletId() == null) {
            throw new InvalidField("outletId", "field.required", Term.of("field.outletId"));
        }
        if (plan.templateId() == null) {
            throw new InvalidField("templateId", "field.required", Term.of("field.templateId"));
        }
        Outlet outlet = em.find(Outlet.class, plan.outletId());
        if (outlet == null) {
            throw new InvalidField("outletId", "outlet.unknown", plan.outletId());
        }
        if (!outlet.status().serves()) {
            throw new InvalidField("outletId", "audit.outlet-not-serving", outlet.code(), Term.of(outlet.status()));
        }
        Audit audit = new Audit(outlet.id(), templates.current(plan.templateId()), plan.windowFrom(), plan.windowTo(),
                plan.plannedOn(), plan.announced(), plan.brief(), tenant.callerName(), Moments.now());
        em.persist(audit);
        em.flush();
        if (plan.assignee() != null && !plan.assignee().isBlank()) {
            assign(audit, plan.assignee());
        }
        return audit;
    }

    public Audit audit(long id) {
        Audit audit = em.find(Audit.class, id);
        if (audit == null) {
            throw new RuleViolation("audit.unknown", id);
        }
        return audit;
    }

    public Audit assign(long auditId, String assignee) {
        return assign(audit(auditId), assignee);
    }

    public Audit reschedule(long auditId, LocalDate from, LocalDate to, LocalDate plannedOn) {
        Audit audit = audit(auditId);
        audit.reschedule(from, to, plannedOn);
        em.flush();
        return audit;
    }

    public Audit cancel(long auditId, String reason) {
        Audit audit = audit(auditId);
        audit.cancel(reason);
        em.flush();
        return audit;
    }

    /** Audits whose day (visit, plan or window start) falls in the period, for the calendar. */
    public List<AuditRow> calendar(LocalDate from, LocalDate to) {
        return AuditRows.query(em, "WHERE a.status <> 'CANCELLED' AND coalesce(a.visited_on, a.planned_on, a.window_from) BETWEEN ?1 AND ?2",
                "coalesce(a.visited_on, a.planned_on, a.window_from), a.id", List.of(from, to));
    }

    public List<MysteryShopper> shoppers() {
        return em.createQuery("SELECT s FROM MysteryShopper s WHERE s.active = TRUE ORDER BY s.name", MysteryShopper.class).getResultList();
    }

    /**
     * Proposes a random day in the period for each serving outlet given (all serving outlets when none are),
     * and for a mystery shop a shopper, under the scheduler's rules against what is already planned or done.
     */
    public IrregularSchedule.Plan propose(long templateId, LocalDate from, LocalDate to, Collection<Long> outletIds, Long seed) {
        AuditTemplate template = templates.template(templateId);
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(MOST_DAYS_PROPOSED))) {
            throw new InvalidField("to", "audit.window-range", MOST_DAYS_PROPOSED);
        }
        List<Long> outlets = outletIds == null || outletIds.isEmpty()
                ? em.createQuery("SELECT o.id FROM Outlet o WHERE o.status IN :serving ORDER BY o.id", Long.class)
                        .setParameter("serving", List.of(com.servicenet.network.entity.OutletStatus.ACTIVE,
                                com.servicenet.network.entity.OutletStatus.PROBATION)).getResultList()
                : List.copyOf(new java.util.LinkedHashSet<>(outletIds));
        List<String> shoppers = shoppers().stream().map(MysteryShopper::username).toList();
        RandomGenerator random = seed == null ? new SecureRandom() : new java.util.SplittableRandom(seed);
        return IrregularSchedule.propose(outlets, from, to, rules().minGapDays(), template.kind(), shoppers, links(), history(), random);
    }

    /** Plans the proposals HQ kept, each with the due window given and the proposed day and shopper. */
    public List<Audit> accept(long templateId, LocalDate windowFrom, LocalDate windowTo, List<IrregularSchedule.Proposal> proposals) {
        List<Audit> planned = new ArrayList<>();
        for (IrregularSchedule.Proposal proposal : proposals) {
            planned.add(plan(new AuditPlan(proposal.outletId(), templateId, windowFrom, windowTo, proposal.on(), false, null,
                    proposal.shopper())));
        }
        return planned;
    }

    public AuditRules rules() {
        return em.find(AuditRules.class, (short) 1);
    }

    private Audit assign(Audit audit, String assignee) {
        String who = assignee == null ? null : assignee.strip();
        if (audit.kind() == AuditKind.MYSTERY_SHOP) {
            MysteryShopper shopper = who == null ? null : em.find(MysteryShopper.class, who);
            if (shopper == null || !shopper.active()) {
                throw new InvalidField("assignee", "audit.shopper-unknown", who);
            }
            if (links().getOrDefault(audit.outletId(), Set.of()).contains(who)) {
                throw new InvalidField("assignee", "audit.shopper-linked", shopper.name());
            }
            LocalDate day = audit.plannedOn() != null ? audit.plannedOn() : audit.windowFrom();
            List<?> previous = em.createNativeQuery("SELECT assignee FROM audit WHERE outlet_id = ?1 AND kind = 'MYSTERY_SHOP' "
                            + "AND status <> 'CANCELLED' AND id <> ?2 AND assignee IS NOT NULL "
                            + "AND coalesce(visited_on, planned_on, window_from) <= ?3 "
                            + "ORDER BY coalesce(visited_on, planned_on, window_from) DESC, id DESC LIMIT 1")
                    .setParameter(1, audit.outletId()).setParameter(2, audit.id()).setParameter(3, day).getResultList();
            if (!previous.isEmpty() && who.equals(previous.get(0))) {
                throw new InvalidField("assignee", "audit.shopper-twice", shopper.name());
            }
        }
        audit.assignTo(who);
        em.flush();
        return audit;
    }

    /** Every visit made or planned, for the gap and the shopper rules. */
    private List<IrregularSchedule.Visit> history() {
        List<IrregularSchedule.Visit> visits = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT outlet_id, coalesce(visited_on, planned_on, window_from), "
                + "CASE WHEN kind = 'MYSTERY_SHOP' THEN assignee END FROM audit WHERE status <> 'CANCELLED'").getResultList()) {
            Object[] r = (Object[]) row;
            visits.add(new IrregularSchedule.Visit(((Number) r[0]).longValue(), AuditRows.date(r[1]), (String) r[2]));
        }
        return visits;
    }

    private Map<Long, Set<String>> links() {
        Map<Long, Set<String>> links = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT outlet_id, username FROM shopper_link").getResultList()) {
            Object[] r = (Object[]) row;
            links.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((String) r[1]);
        }
        return links;
    }
}
