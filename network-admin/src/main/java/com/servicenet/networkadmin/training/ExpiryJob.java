package com.servicenet.networkadmin.training;

import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.CertificationExpiry;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.control.ExpiryRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily certificate expiry (see {@link CertificationExpiry#runDaily}) as HQ, in a request context of its own
 * (the tenant is request-scoped and established once). Every node calls it; the day's {@code job_run} row lets
 * exactly one of them do the work.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

    @Inject
    CertificationExpiry expiry;

    @Inject
    CurrentTenant tenant;

    @Inject
    Instance<RequestContextController> requestContexts;

    /** This node's name in {@code job_run}: process id and host. */
    static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    void runToday() {
        RequestContextController context = requestContexts.get();
        boolean activated = context.activate();
        try {
            if (!tenant.isEstablished()) {
                tenant.establishHeadquarters();
            } else if (!tenant.isHeadquarters()) {
                throw new IllegalStateException("the expiry job runs as HQ only");
            }
            ExpiryRun run = expiry.runDaily(Certifications.today(), node());
            if (run.ran()) {
                LOG.info(() -> "certificate expiry ran on this node: " + run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "certificate expiry failed; the next tick retries", e);
        } finally {
            if (activated) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }
}
