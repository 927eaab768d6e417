package com.servicenet.networkadmin.quality;

import com.servicenet.persistence.Moments;
import com.servicenet.quality.control.CallbackSampling;
import com.servicenet.quality.control.QualityRollup;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Callback sampling and the rates' rollup, as HQ, each in a request context of its own. Every node calls them
 * every minute; the job's quality_job row lets one node at a time work, at most once per interval
 * ({@code servicenet.quality.sampling-every}, default 300 s; {@code servicenet.quality.rollup-every}, default
 * 600 s). Sampling takes repairs closed at least {@code servicenet.quality.sampling-lag} seconds ago (default 60).
 */
@ApplicationScoped
public class QualityJobs {

    private static final Logger LOG = Logger.getLogger(QualityJobs.class.getName());

    @Inject
    CallbackSampling sampling;

    @Inject
    QualityRollup rollup;

    @Inject
    CurrentTenant tenant;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    @ConfigProperty(name = "servicenet.quality.sampling-every", defaultValue = "300")
    long samplingEvery;

    @Inject
    @ConfigProperty(name = "servicenet.quality.sampling-lag", defaultValue = "60")
    long samplingLag;

    @Inject
    @ConfigProperty(name = "servicenet.quality.rollup-every", defaultValue = "600")
    long rollupEvery;

    static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    void tick() {
        asHeadquarters("callback sampling", () -> sampling.runDue(node(), samplingEvery, samplingLag));
        asHeadquarters("quality rollup", () -> rollup.runDue(node(), rollupEvery, Moments.now()));
    }

    private void asHeadquarters(String job, Supplier<Object> work) {
        RequestContextController context = requestContexts.get();
        boolean activated = context.activate();
        try {
            if (!tenant.isEstablished()) {
                tenant.establishHeadquarters();
            }
            Object run = work.get();
            if (!"skipped".equals(String.valueOf(run))) {
                LOG.info(() -> job + " ran on this node: " + run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, job + " failed; the next tick retries", e);
        } finally {
            if (activated) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }
}
