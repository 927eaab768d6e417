package com.servicenet.networkadmin.identity;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoalescingTriggerTest {

    /** An executor that runs what it is given only when the test says so. */
    private static final class ManualExecutor implements java.util.concurrent.Executor {
        final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @Test
    void aBurstOfRequestsCostsOneRun() {
        ManualExecutor executor = new ManualExecutor();
        AtomicInteger runs = new AtomicInteger();
        CoalescingTrigger trigger = new CoalescingTrigger(executor, runs::incrementAndGet);

        trigger.request();
        trigger.request();
        trigger.request();
        assertEquals(1, executor.queued.size(), "one hand-over to the executor");
        executor.runAll();

        assertEquals(1, runs.get());
    }

    @Test
    void aRequestDuringARunIsNotLost() {
        ManualExecutor executor = new ManualExecutor();
        AtomicInteger runs = new AtomicInteger();
        CoalescingTrigger[] trigger = new CoalescingTrigger[1];
        trigger[0] = new CoalescingTrigger(executor, () -> {
            if (runs.incrementAndGet() == 1) {
                trigger[0].request(); // a commit arrives while the first drain is running
            }
        });

        trigger[0].request();
        executor.runAll();

        assertEquals(2, runs.get());
    }

    @Test
    void neverRunsTwiceAtOnceAndEveryRequestIsServed() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostConcurrent = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        AtomicInteger requested = new AtomicInteger();
        CoalescingTrigger trigger = new CoalescingTrigger(pool, () -> {
            mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            served.set(requested.get()); // everything requested before this run started is served by it
            Thread.onSpinWait();
            concurrent.decrementAndGet();
        });
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 2000; i++) {
                    requested.incrementAndGet();
                    trigger.request();
                }
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (served.get() < 8000 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        pool.shutdown();

        assertEquals(1, mostConcurrent.get());
        assertEquals(8000, served.get(), "the last request is served by a run that started after it");
    }
}
