package com.servicenet.networkadmin.identity;

import com.servicenet.persistence.Moments;
import com.servicenet.identity.Roles;
import com.servicenet.identity.entity.IdentityAction;
import com.servicenet.identity.entity.IdentityTask;
import com.servicenet.network.entity.IdentityStatus;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies the identity outbox (ARCHITECTURE.md, decision 9) to Keycloak, one task per transaction.
 * <p>
 * A task is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so several nodes can work the same table: each
 * takes a different row, and a node that dies mid-way releases its row with its connection. The row stays locked
 * while Keycloak is called; the outcome (task done or failed with back-off, the outlet's identity status, a
 * tracking entry) commits together. If that commit fails after Keycloak already changed, the task is simply applied
 * again later: {@link KeycloakDirectory} is idempotent.
 * <p>
 * Runs as HQ: the caller must have established HQ as the current tenant (identity_task and outlet_event are HQ-only
 * under row-level security).
 */
@ApplicationScoped
public class IdentityOutbox {

    private static final Logger LOG = Logger.getLogger(IdentityOutbox.class.getName());
    private static final String ACTOR = "system";

    /**
     * The oldest due task that no earlier open task of the same outlet holds back (an outlet's tasks go in order,
     * except where {@link OutboxPolicy#overtakes} lets one pass), skipping rows another node has claimed.
     */
    private static final String CLAIM = "SELECT t.id FROM identity_task t"
            + " WHERE t.done_at IS NULL AND t.next_attempt_at <= ?1"
            + " AND NOT EXISTS (SELECT 1 FROM identity_task e WHERE e.outlet_id = t.outlet_id AND e.done_at IS NULL"
            + " AND e.id < t.id AND NOT " + OutboxPolicy.overtakesSql("t", "e") + ")"
            + " ORDER BY t.id LIMIT 1 FOR UPDATE OF t SKIP LOCKED";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    KeycloakDirectory keycloak;

    /**
     * Claims and applies the next due task in its own transaction.
     *
     * @return what was applied, or empty when no task is due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TenantBound
    public Optional<Applied> applyNextDue() {
        Instant now = Moments.now();
        List<?> claimed = em.createNativeQuery(CLAIM).setParameter(1, Timestamp.from(now)).getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        IdentityTask task = em.find(IdentityTask.class, ((Number) claimed.get(0)).longValue());
        Instant due = task.nextAttemptAt();
        supersedeEarlierTasks(task, now);
        long started = System.nanoTime();
        RuntimeException failure = null;
        try {
            apply(task);
        } catch (RuntimeException e) {
            failure = e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Outlet outlet = em.find(Outlet.class, task.outletId(), LockModeType.PESSIMISTIC_WRITE);
        Instant done = Moments.now();
        String what = task.action().name() + (task.username() == null ? "" : " " + task.username());
        if (failure == null) {
            task.succeeded(done);
            outlet.identityApplied(OutboxPolicy.afterSuccess(task.action(), hasOpenTasks(task.outletId(), task.id())));
            em.persist(TrackingEntry.identity(outlet, what + ": applied in Keycloak", ACTOR, done));
            LOG.info(() -> "identity task " + task.id() + " " + task.action() + " of outlet " + task.outletId()
                    + " applied in " + took.toMillis() + " ms, " + Duration.between(due, done).toMillis() + " ms after it was due");
        } else {
            String error = OutboxPolicy.describe(failure, task.secret());
            task.failed(error, done);
            IdentityStatus before = outlet.identityStatus();
            IdentityStatus after = OutboxPolicy.afterFailure(failure, task.attempts());
            outlet.identityApplied(after);
            if (task.attempts() == 1 || after != before) {
                em.persist(TrackingEntry.identity(outlet, what + ": failed (attempt " + task.attempts() + "), retrying: " + error, ACTOR, done));
            }
            LOG.warning(() -> "identity task " + task.id() + " " + task.action() + " of outlet " + task.outletId()
                    + " failed (attempt " + task.attempts() + "), next try at " + task.nextAttemptAt() + ": " + error);
        }
        return Optional.of(new Applied(task.id(), task.action(), task.outletId(), failure == null, took));
    }

    private void apply(IdentityTask task) {
        switch (task.action()) {
            case PROVISION_OUTLET -> keycloak.provisionOutlet(task.outletId(), task.username(), task.email(), task.secret());
            case DISABLE_OUTLET -> keycloak.disableOutlet(task.outletId());
            case ADD_USER -> keycloak.addUser(task.outletId(), task.username(), task.email(), task.secret(), Roles.OUTLET_TECHNICIAN);
            case DISABLE_USER -> keycloak.disableUser(task.outletId(), task.username());
        }
    }

    /**
     * Closes the earlier open tasks of the outlet that this one overtakes. Waits for one that another node is
     * applying right now (its row is locked), so that it cannot undo this task afterwards.
     */
    private void supersedeEarlierTasks(IdentityTask task, Instant now) {
        List<IdentityAction> overtaken = List.copyOf(OutboxPolicy.overtakes(task.action()));
        if (overtaken.isEmpty()) {
            return;
        }
        List<IdentityTask> earlier = em.createQuery("SELECT e FROM IdentityTask e WHERE e.outletId = :outlet AND e.id < :id"
                        + " AND e.doneAt IS NULL AND e.action IN :actions ORDER BY e.id", IdentityTask.class)
                .setParameter("outlet", task.outletId())
                .setParameter("id", task.id())
                .setParameter("actions", overtaken)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (IdentityTask old : earlier) {
            if (!old.isDone()) {
                old.supersededBy(task.id(), now);
                LOG.info(() -> "identity task " + old.id() + " " + old.action() + " of outlet " + old.outletId()
                        + " superseded by task " + task.id());
            }
        }
    }

    /** Tasks not yet applied, and when the oldest of them was queued (for {@link OutboxMetrics}). */
    @Transactional
    @TenantBound
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), min(created_at) FROM identity_task WHERE done_at IS NULL")
                .getSingleResult();
        Instant oldest = row[1] == null ? null : ((Timestamp) row[1]).toInstant();
        return new Backlog(((Number) row[0]).longValue(), oldest);
    }

    private boolean hasOpenTasks(long outletId, long exceptTaskId) {
        return !em.createQuery("SELECT t.id FROM IdentityTask t WHERE t.outletId = :outlet AND t.doneAt IS NULL AND t.id <> :id")
                .setParameter("outlet", outletId)
                .setParameter("id", exceptTaskId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }


    /** The outbox's open tasks. */
    public record Backlog(long open, Instant oldestQueuedAt) {
    }

    /** One task's attempt, for the worker's log and tests. */
    public record Applied(long taskId, IdentityAction action, long outletId, boolean succeeded, Duration took) {
    }
}
