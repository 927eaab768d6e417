package com.servicenet.networkadmin.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The identity outbox's backlog at {@code /metrics}: open tasks, and the age of the oldest, as this node's worker
 * last counted them (every tick, two seconds, after each drain). Every node counts the same table, so a dashboard
 * takes the max over nodes; a backlog that only grows means Keycloak refuses or is down (docs/runbook.md).
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MetricRegistry registry;

    private final AtomicReference<IdentityOutbox.Backlog> last = new AtomicReference<>(new IdentityOutbox.Backlog(0, null));

    @PostConstruct
    void register() {
        registry.gauge("servicenet.identity.outbox.backlog", last, l -> l.get().open());
        registry.gauge("servicenet.identity.outbox.oldest.seconds", last, l -> {
            Instant oldest = l.get().oldestQueuedAt();
            return oldest == null ? 0L : Math.max(0L, Duration.between(oldest, Instant.now()).toSeconds());
        });
    }

    void measured(IdentityOutbox.Backlog backlog) {
        last.set(backlog);
    }
}
