package com.servicenet.api.platform;

import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an outlet's request beyond its rate (429 with Retry-After, see {@link RateLimited}) before any work
 * is done. Runs once the tenant is known: the bucket is the outlet's, whichever of its users or software
 * calls. HQ is not limited.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    CurrentTenant tenant;

    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!tenant.isEstablished() || tenant.outletId().isEmpty()) {
            return;
        }
        long retryAfter = limiter.acquire(tenant.outletId().getAsLong());
        if (retryAfter > 0) {
            throw new RateLimited((long) limiter.perSecond(), retryAfter);
        }
    }
}
