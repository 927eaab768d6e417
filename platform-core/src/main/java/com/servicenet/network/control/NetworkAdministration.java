package com.servicenet.network.control;

import com.servicenet.persistence.Moments;
import com.servicenet.identity.entity.IdentityTask;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Contact;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.entity.Region;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.persistence.Constraints;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HQ's network administration (网点管理): registering outlets, appointing them to regions, moving them
 * along their lifecycle and replacing those that fail (更换不合格网点). Each method is one use case and
 * one transaction: the business change, its tracking record and the identity tasks it implies commit
 * together or not at all. Row-level security lets only HQ callers write here.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NetworkAdministration {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<OutletReplaced> replacements;

    @Inject
    IdentityQueue identityQueue;

    @Inject
    Instance<OpenWorkSource> openWork;

    @Inject
    Appointments appointments;

    public Outlet register(OutletRegistration registration) {
        Instant now = Moments.now();
        Outlet outlet = new Outlet(registration.code(), registration.legalName(), now);
        outlet.describe(registration.legalName(), registration.businessLicenceNo(), registration.address(),
                registration.qualifications(), registration.productCategories());
        outlet.updateContact(new Contact(registration.contactName(), registration.contactPhone(),
                registration.contactEmail(), registration.openingHours()));
        refuseDuplicates(outlet);
        em.persist(outlet);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state)
                ? new RuleViolation("outlet.code-taken", outlet.code()) : null);
        em.persist(TrackingEntry.registered(outlet, actor(), now));
        return outlet;
    }

    /** HQ's part of the profile (网点资料): legal name, licence, address, qualifications, product categories. */
    public void describe(long outletId, OutletRegistration profile) {
        Outlet outlet = outletForUpdate(outletId);
        outlet.describe(profile.legalName(), profile.businessLicenceNo(), profile.address(), profile.qualifications(),
                profile.productCategories());
        if (outlet.businessLicenceNo() != null && !em.createQuery(
                        "SELECT o.id FROM Outlet o WHERE o.businessLicenceNo = :no AND o.id <> :id")
                .setParameter("no", outlet.businessLicenceNo()).setParameter("id", outletId).getResultList().isEmpty()) {
            throw new RuleViolation("outlet.licence-taken", outlet.businessLicenceNo());
        }
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state)
                ? new RuleViolation("outlet.licence-taken", outlet.businessLicenceNo()) : null);
        em.persist(TrackingEntry.profileChanged(outlet, actor(), Moments.now()));
    }

    public void note(long outletId, String note) {
        em.persist(TrackingEntry.note(outlet(outletId), note, actor(), Moments.now()));
    }

    /** Any lifecycle move but replacement. Terminating an outlet also releases its regions and disables its accounts. */
    public void changeStatus(long outletId, OutletStatus target, String reason) {
        Instant now = Moments.now();
        Outlet outlet = outletForUpdate(outletId);
        OutletStatus from = outlet.status();
        outlet.moveTo(target, reason, now);
        em.persist(TrackingEntry.statusChanged(outlet, from, actor(), now));
        if (target == OutletStatus.TERMINATED) {
            for (Appointment appointment : appointments.heldBy(outletId)) {
                appointment.end(now, outlet.statusReason());
                em.persist(TrackingEntry.released(appointment, actor()));
            }
            identityQueue.queue(IdentityTask.disableOutlet(outletId, actor(), now), outlet);
        }
    }

    /** Gives a region to an outlet. Refused, naming the holder, while another outlet holds it. */
    public Appointment appoint(long outletId, long regionId) {
        Instant now = Moments.now();
        Outlet outlet = outletForUpdate(outletId);
        Region region = leafForUpdate(regionId);
        Optional<Appointment> held = appointments.holding(regionId);
        if (held.isPresent()) {
            Outlet holder = held.get().outlet();
            throw holder.id().equals(outletId)
                    ? new RuleViolation("region.already-yours", region.code(), outlet.code())
                    : new RuleViolation("region.held-by", region.code(), holder.code(), holder.legalName());
        }
        OutletStatus before = outlet.status();
        Appointment appointment = Appointment.of(outlet, region, now, actor());
        em.persist(appointment);
        flushAppointments(em, region);
        if (before != outlet.status()) {
            em.persist(TrackingEntry.statusChanged(outlet, before, actor(), now));
        }
        em.persist(TrackingEntry.appointed(appointment, actor()));
        return appointment;
    }

    /** Takes a region away from its holder, leaving it uncovered until HQ appoints another outlet. */
    public void release(long regionId, String reason) {
        Instant now = Moments.now();
        Region region = leafForUpdate(regionId);
        Appointment appointment = appointments.holding(regionId).orElseThrow(() -> new RuleViolation("region.not-held", region.code()));
        appointment.end(now, reason);
        em.persist(TrackingEntry.released(appointment, actor()));
    }

    public ReplacementPlan planReplacement(long outgoingId) {
        Outlet outgoing = outlet(outgoingId);
        List<String> work = new ArrayList<>();
        openWork.forEach(source -> work.addAll(source.openWorkOf(outgoingId)));
        return new ReplacementPlan(outgoingId, outgoing.code(),
                appointments.heldBy(outgoingId).stream().map(a -> a.region().code()).toList(), work);
    }

    /**
     * Replaces a failing outlet (更换不合格网点) in one step: its regions move to the successor, it is
     * terminated with the reason, its open work is handed over, and its accounts are queued for disabling.
     * If any step fails nothing changes; the Keycloak part is applied after commit by the identity outbox,
     * and until then the platform refuses the terminated outlet's tokens itself.
     */
    public void replace(long outgoingId, long successorId, String reason) {
        Instant now = Moments.now();
        // lock both in id order, so that two replacements touching the same outlets cannot deadlock
        Outlet first = outletForUpdate(Math.min(outgoingId, successorId));
        Outlet second = outletForUpdate(Math.max(outgoingId, successorId));
        Outlet outgoing = first.id() == outgoingId ? first : second;
        Outlet successor = first.id() == successorId ? first : second;
        OutletStatus outgoingBefore = outgoing.status();
        OutletStatus successorBefore = successor.status();
        outgoing.replaceWith(successor, reason, now);
        List<Appointment> handedOver = appointments.heldBy(outgoingId);
        for (Appointment old : handedOver) {
            old.end(now, outgoing.statusReason());
            em.persist(TrackingEntry.released(old, actor()));
        }
        em.flush();
        for (Appointment old : handedOver) {
            Appointment taken = Appointment.of(successor, old.region(), old.validTo(), actor());
            em.persist(taken);
            flushAppointments(em, old.region());
            em.persist(TrackingEntry.appointed(taken, actor()));
        }
        em.persist(TrackingEntry.statusChanged(outgoing, outgoingBefore, actor(), now));
        em.persist(TrackingEntry.replaced(outgoing, successor, actor(), now));
        if (successorBefore != successor.status()) {
            em.persist(TrackingEntry.statusChanged(successor, successorBefore, actor(), now));
        }
        em.persist(TrackingEntry.succeeded(successor, outgoing, actor(), now));
        replacements.fire(new OutletReplaced(outgoingId, successorId, now));
        identityQueue.queue(IdentityTask.disableOutlet(outgoingId, actor(), now), outgoing);
    }

    /**
     * Queues the outlet's identity in Keycloak: its tenant group, a first manager who must choose a password
     * at first login, and an API client for its shop software.
     *
     * @return the manager's one-time password, to hand over once
     */
    public String provisionIdentity(long outletId, String managerUsername, String managerEmail) {
        Outlet outlet = outletForUpdate(outletId);
        if (outlet.status() == OutletStatus.TERMINATED) {
            throw new RuleViolation("outlet.terminated", outlet.code());
        }
        String username = IdentityNames.username(managerUsername);
        String password = IdentityQueue.temporaryPassword();
        identityQueue.queue(IdentityTask.provisionOutlet(outletId, username, IdentityNames.email(managerEmail), password, actor(), Moments.now()), outlet);
        return password;
    }

    static void flushAppointments(EntityManager em, Region region) {
        Constraints.flush(em, state -> Constraints.EXCLUSION_VIOLATION.equals(state)
                ? new RuleViolation("region.period-conflict", region.code()) : null);
    }

    private void refuseDuplicates(Outlet outlet) {
        if (!em.createQuery("SELECT o.id FROM Outlet o WHERE o.code = :code")
                .setParameter("code", outlet.code()).getResultList().isEmpty()) {
            throw new RuleViolation("outlet.code-taken", outlet.code());
        }
        if (outlet.businessLicenceNo() != null && !em.createQuery("SELECT o.id FROM Outlet o WHERE o.businessLicenceNo = :no")
                .setParameter("no", outlet.businessLicenceNo()).getResultList().isEmpty()) {
            throw new RuleViolation("outlet.licence-taken", outlet.businessLicenceNo());
        }
    }

    private Outlet outlet(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id)).orElseThrow(() -> new RuleViolation("outlet.unknown", id));
    }

    private Outlet outletForUpdate(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RuleViolation("outlet.unknown", id));
    }

    /** Appointments go to leaves only, so that no outlet's area contains another's. */
    private Region leafForUpdate(long regionId) {
        return leafForUpdate(em, regionId);
    }

    static Region leafForUpdate(EntityManager em, long regionId) {
        Region region = Optional.ofNullable(em.find(Region.class, regionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RuleViolation("region.unknown", regionId));
        if (region.isRetired()) {
            throw new RuleViolation("region.retired", region.code());
        }
        long children = em.createQuery("SELECT COUNT(r) FROM Region r WHERE r.parent.id = :id AND r.retiredAt IS NULL", Long.class)
                .setParameter("id", regionId).getSingleResult();
        if (children > 0) {
            throw new RuleViolation("region.not-leaf", region.code());
        }
        return region;
    }

    private String actor() {
        return tenant.callerName();
    }
}
