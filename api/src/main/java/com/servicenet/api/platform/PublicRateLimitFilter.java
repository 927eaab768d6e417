package com.servicenet.api.platform;

import com.servicenet.limits.ClientAddress;
import com.servicenet.limits.TokenBuckets;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public endpoints ({@code /api/v1/public/...}, no login) are limited per client address before any work is
 * done: {@code servicenet.public.rate-limit} requests per minute (default 30), bursts up to a third of that.
 * Beyond it 429 with Retry-After. The address is the peer's, or the one a trusted proxy forwards
 * ({@code servicenet.trusted-proxies}, see {@link ClientAddress}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class PublicRateLimitFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Limiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("public/")) {
            return;
        }
        long retryAfter = limiter.acquire(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
        if (retryAfter > 0) {
            throw new PublicRateLimited(retryAfter);
        }
    }

    /** The buckets, one per client address, held for the application's life. */
    @ApplicationScoped
    public static class Limiter {

        private static final int MOST_ADDRESSES = 100_000;

        private final TokenBuckets<String> buckets;
        private final ClientAddress addresses;

        @Inject
        public Limiter(@ConfigProperty(name = "servicenet.public.rate-limit", defaultValue = "30") int perMinute,
                       @ConfigProperty(name = "servicenet.trusted-proxies", defaultValue = " ") String trustedProxies) {
            this.buckets = new TokenBuckets<>(perMinute / 60.0, Math.max(1, perMinute / 3.0), MOST_ADDRESSES, System::nanoTime);
            this.addresses = new ClientAddress(trustedProxies);
        }

        /** For CDI's proxy. */
        protected Limiter() {
            this(30, " ");
        }

        long acquire(String peer, String forwardedFor) {
            return buckets.acquire(addresses.of(peer, forwardedFor));
        }
    }

    /** A client address exceeded the public rate. */
    public static class PublicRateLimited extends RuntimeException {

        final long retryAfterSeconds;

        PublicRateLimited(long retryAfterSeconds) {
            super("public rate limit exceeded", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    @Provider
    public static class Mapper extends ProblemMapper<PublicRateLimited> {

        private static final Response.StatusType TOO_MANY_REQUESTS = status(429, "Too Many Requests");

        @Override
        public Response toResponse(PublicRateLimited limited) {
            Response problem = problem(TOO_MANY_REQUESTS, "public-rate-limited", limited.retryAfterSeconds);
            return Response.fromResponse(problem).header("Retry-After", limited.retryAfterSeconds).build();
        }
    }
}
