package com.servicenet.networkadmin.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Wakes the identity outbox every two seconds on every node: picks up tasks that the api WAR or another node
 * queued, and retries whose back-off has passed. Not persistent: a missed tick is just the next one. Starts with
 * the application, so tasks left over from before a restart are applied at once.
 */
@Singleton
@Startup
public class OutboxTimer {

    @Inject
    OutboxWorker worker;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        worker.wake();
    }
}
