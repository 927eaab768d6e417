package com.servicenet.networkadmin.training;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the daily certificate expiry on every node: hourly, and once a minute after the application starts (a
 * node that was down at midnight catches up). Not persistent: a missed tick is just the next one. The job
 * itself claims the day in the database, so the work happens once per cluster and day.
 */
@Singleton
@Startup
public class ExpiryTimer {

    private static final long AFTER_START_MS = 60_000;

    @Resource
    TimerService timers;

    @Inject
    ExpiryJob job;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(AFTER_START_MS, new TimerConfig(null, false));
    }

    @Schedule(minute = "7", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        job.runToday();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart() {
        job.runToday();
    }
}
