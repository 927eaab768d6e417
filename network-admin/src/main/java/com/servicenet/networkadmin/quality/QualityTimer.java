package com.servicenet.networkadmin.quality;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Ticks the quality jobs once a minute on every node; the jobs decide in the database whether this node works. */
@Singleton
@Startup
public class QualityTimer {

    @Inject
    QualityJobs jobs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        jobs.tick();
    }
}
