package com.servicenet.networkadmin.identity;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a job on an executor whenever it is asked to, but never twice at once, and never drops a request: a request
 * that arrives while the job runs makes it run once more afterwards. Many requests in a burst (a timer tick and a
 * few commits) cost one or two runs, not one each. Pure, so that the hand-over logic is tested without a server.
 */
final class CoalescingTrigger {

    private final Executor executor;
    private final Runnable job;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    CoalescingTrigger(Executor executor, Runnable job) {
        this.executor = executor;
        this.job = job;
    }

    /** Asks for a run; returns at once. */
    void request() {
        wanted.set(true);
        startIfIdle();
    }

    private void startIfIdle() {
        if (wanted.get() && running.compareAndSet(false, true)) {
            try {
                executor.execute(this::runWhileWanted);
            } catch (RuntimeException refused) {
                // e.g. the executor is shutting down: the next request (the timer's) tries again
                running.set(false);
                throw refused;
            }
        }
    }

    private void runWhileWanted() {
        try {
            while (wanted.getAndSet(false)) {
                job.run();
            }
        } finally {
            running.set(false);
        }
        startIfIdle(); // a request that came between the last check and running.set(false)
    }
}
