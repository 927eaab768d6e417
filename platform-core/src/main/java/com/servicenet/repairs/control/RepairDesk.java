package com.servicenet.repairs.control;

import com.servicenet.network.control.Technicians;
import com.servicenet.network.entity.Technician;
import com.servicenet.training.control.Qualifications;
import com.servicenet.persistence.Constraints;
import com.servicenet.persistence.Moments;
import com.servicenet.repairs.entity.PartCharge;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.Tariff;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * An outlet reporting its repairs (四个不漏): the one place repair orders are created and changed, whether
 * the report comes from the portal or from the outlet's shop software. The outlet is always the caller's
 * own; another outlet's order is unknown, exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RepairDesk {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Technicians technicians;

    @Inject
    Tariffs tariffs;

    @Inject
    Qualifications qualifications;

    /**
     * Records a new repair. With an idempotency key, a retry of the same request must end in the order the
     * first attempt created: the unique index on the key refuses the retry's insert, and the caller asks
     * {@link #replay} in a new transaction. A first attempt — nearly every request — pays no lookup.
     *
     * @throws DuplicateRequest when a request with the same key (or the same ticket, with a key) was committed
     *                          first
     */
    public Reported report(RepairReport report, String idempotencyKey, String requestHash) {
        long outletId = tenant.requireOutletId();
        Instant now = Moments.now();
        Instant receivedAt = report.receivedAt() == null ? now : report.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        RepairOrder order = new RepairOrder(outletId, report.ticketNo(), report.job(), report.customer(), receivedAt, now,
                tenant.callerName());
        order.identify(idempotencyKey, requestHash);
        if (report.technicianCode() != null) {
            // a report sent later counts the day the repair was received
            order.assign(qualified(technicians.ownByCode(report.technicianCode(), "technicianCode"), order, order.receivedOn()));
        }
        order.charge(report.parts(), report.labourFee(), report.otherFees(), report.warrantyDecision(), tariffOf(order));
        em.persist(order);
        Constraints.flushNamed(em, constraint -> switch (constraint) {
            // with a key, the ticket may be taken by this very request's first attempt, committed meanwhile
            case "repair_ticket_unique" -> idempotencyKey != null ? new DuplicateRequest(order.ticketNo())
                    : new RuleViolation("repair.ticket-taken", order.ticketNo());
            case "repair_idempotency" -> new DuplicateRequest(order.ticketNo());
            default -> null;
        });
        return new Reported(loaded(order), false);
    }

    /**
     * What the first request with this key created, for a retry that lost the race to it; if no request with
     * this key created anything, the ticket was taken by another report.
     */
    public Reported replay(String idempotencyKey, String requestHash, DuplicateRequest raced) {
        return replay(tenant.requireOutletId(), idempotencyKey, requestHash)
                .orElseThrow(() -> new RuleViolation("repair.ticket-taken", raced.ticketNo()));
    }

    private Optional<Reported> replay(long outletId, String idempotencyKey, String requestHash) {
        return em.createQuery("SELECT r FROM RepairOrder r WHERE r.outletId = :outlet AND r.idempotencyKey = :key", RepairOrder.class)
                .setParameter("outlet", outletId).setParameter("key", idempotencyKey)
                .getResultStream().findFirst()
                .map(first -> {
                    if (!first.sameRequest(requestHash)) {
                        throw new RuleViolation("repair.idempotency-key-reused", idempotencyKey);
                    }
                    return new Reported(loaded(first), true);
                });
    }

    public RepairOrder order(long id) {
        return loaded(own(em.find(RepairOrder.class, id), id));
    }

    /** Whatever the boundary shows of an order, read while the transaction is still open. */
    static RepairOrder loaded(RepairOrder order) {
        order.parts().size();
        if (order.technician() != null) {
            order.technician().name();
        }
        return order;
    }

    /** Row-level security already hides other outlets' orders; the check says so in Java as well. */
    private RepairOrder own(RepairOrder order, long id) {
        if (order == null || order.outletId() != tenant.requireOutletId()) {
            throw new RuleViolation("repair.unknown", id);
        }
        return order;
    }

    /** Corrects an open order as a whole: what, for whom, by whom, and the charges. */
    public RepairOrder revise(long id, RepairReport report) {
        RepairOrder order = lockedOrder(id);
        Long technicianBefore = order.technicianId();
        var categoryBefore = order.category();
        order.describe(report.job(), report.customer());
        order.assign(report.technicianCode() == null ? null
                : qualifiedOnChange(order, report.technicianCode(), technicianBefore, categoryBefore));
        order.charge(report.parts(), report.labourFee(), report.otherFees(), report.warrantyDecision(), tariffOf(order));
        em.flush();
        return loaded(order);
    }

    public RepairOrder addPart(long id, PartCharge part) {
        RepairOrder order = lockedOrder(id);
        order.addPart(part, tariffOf(order));
        em.flush();
        return loaded(order);
    }

    public RepairOrder assign(long id, String technicianCode) {
        RepairOrder order = lockedOrder(id);
        order.assign(qualified(technicians.ownByCode(technicianCode, "technicianCode"), order, today()));
        return loaded(order);
    }

    public RepairOrder advance(long id, RepairStatus to, String resolution, Boolean customerConfirmed) {
        return advance(id, to, resolution, customerConfirmed, null);
    }

    /** Moves the job on, naming its technician first (in the same transaction: a refused move assigns nobody). */
    public RepairOrder advance(long id, RepairStatus to, String resolution, Boolean customerConfirmed, String technicianCode) {
        RepairOrder order = lockedOrder(id);
        if (technicianCode != null && !technicianCode.isBlank()) {
            order.assign(qualified(technicians.ownByCode(technicianCode, "technicianCode"), order, today()));
        }
        if (to == RepairStatus.REPAIRED && order.technician() != null) {
            // the one who repaired must be qualified on the day of the repair, whenever they were put on the job
            qualified(order.technician(), order, today());
        }
        order.advance(to, resolution, customerConfirmed, Moments.now());
        em.flush();
        return loaded(order);
    }

    /** The certification gate: a technician without a valid certification for the category is refused (422). */
    private Technician qualified(Technician technician, RepairOrder order, java.time.LocalDate day) {
        qualifications.require(technician, order.category(), day, "technicianCode");
        return technician;
    }

    /** A revision checks the technician again only when it changes who does the job, or what kind of product it is. */
    private Technician qualifiedOnChange(RepairOrder order, String technicianCode, Long technicianBefore,
                                         com.servicenet.catalog.ProductCategory categoryBefore) {
        Technician technician = technicians.ownByCode(technicianCode, "technicianCode");
        boolean unchanged = technician.id().equals(technicianBefore) && order.category() == categoryBefore;
        return unchanged ? technician : qualified(technician, order, today());
    }

    private static java.time.LocalDate today() {
        return Moments.now().atZone(RepairOrder.BUSINESS_ZONE).toLocalDate();
    }

    private Tariff tariffOf(RepairOrder order) {
        return tariffs.of(order.category(), order.receivedOn());
    }

    private RepairOrder lockedOrder(long id) {
        return own(em.find(RepairOrder.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }
}
