package com.servicenet.networkadmin.identity;

import com.servicenet.network.control.IdentityTaskQueued;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works the identity outbox on this node: right after a transaction that queued a task commits (so HQ's request
 * does not wait for Keycloak), and on every tick of {@link OutboxTimer} (tasks queued by the api WAR or by other
 * nodes, and retries that have come due). Runs on the server's managed executor, one drain at a time per node;
 * other nodes drain in parallel, each claiming different rows.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    /** Tasks applied in one drain at most, so that a long queue does not hold one thread for ever. */
    private static final int MOST_PER_DRAIN = 200;

    @Resource
    ManagedExecutorService executor;

    @Inject
    IdentityOutbox outbox;

    @Inject
    CurrentTenant tenant;

    @Inject
    OutboxMetrics metrics;

    @Inject
    Instance<RequestContextController> requestContexts;

    private CoalescingTrigger trigger;

    @PostConstruct
    void start() {
        trigger = new CoalescingTrigger(executor, this::drain);
    }

    /** After the commit of a transaction that queued an identity task. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) IdentityTaskQueued event) {
        wake();
    }

    /** Asks for a drain of due tasks; returns at once. */
    public void wake() {
        trigger.request();
    }

    /** Applies due tasks until none is left, each in its own transaction, as HQ in a request context of its own. */
    void drain() {
        RequestContextController context = requestContexts.get();
        boolean activated = context.activate();
        try {
            if (!tenant.isEstablished()) {
                tenant.establishHeadquarters();
            } else if (!tenant.isHeadquarters()) {
                throw new IllegalStateException("the identity outbox runs as HQ only");
            }
            for (int i = 0; i < MOST_PER_DRAIN; i++) {
                Optional<IdentityOutbox.Applied> applied = outbox.applyNextDue();
                if (applied.isEmpty()) {
                    metrics.measured(outbox.backlog()); // what is left: failed tasks waiting for their retry
                    return;
                }
            }
            trigger.request(); // more are due: go on in a fresh run
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "identity outbox drain stopped; the next tick retries", e);
        } finally {
            if (activated) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }
}
