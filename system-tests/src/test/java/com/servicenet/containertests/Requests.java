package com.servicenet.containertests;

import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work as one caller, in a request of its own, the way a boundary would: a fresh request context, the
 * tenant established once at its start, then the services. {@link CurrentTenant} is request-scoped and refuses
 * a second establishment, so a test that compares two callers needs two requests; the servlet request the
 * test method itself runs in is never used for a tenant. The work runs on a managed thread, so that no request
 * context is active there yet, and the calling test waits for it.
 */
@ApplicationScoped
public class Requests {

    @Resource
    ManagedExecutorService executor;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    CurrentTenant tenant;

    public <T> T asOutlet(long outletId, Supplier<T> work) {
        return inRequest(current -> current.establishOutlet(outletId), work);
    }

    public <T> T asHeadquarters(Supplier<T> work) {
        return inRequest(CurrentTenant::establishHeadquarters, work);
    }

    /** A caller with neither an outlet nor an HQ role. */
    public <T> T asNobody(Supplier<T> work) {
        return inRequest(CurrentTenant::establishNone, work);
    }

    private <T> T inRequest(Consumer<CurrentTenant> establish, Supplier<T> work) {
        Future<T> request = executor.submit(() -> {
            RequestContextController context = requestContexts.get();
            if (!context.activate()) {
                throw new IllegalStateException("a request context was already active on the managed thread");
            }
            try {
                establish.accept(tenant);
                return work.get();
            } finally {
                context.deactivate();
                requestContexts.destroy(context);
            }
        });
        try {
            return request.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (TimeoutException slow) {
            request.cancel(true);
            throw new IllegalStateException("the request did not finish within 60 s", slow);
        }
    }
}
