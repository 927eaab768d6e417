package com.servicenet.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** An outlet exceeded its request rate. */
public class RateLimited extends RuntimeException {

    final long perSecond;
    final long retryAfterSeconds;

    public RateLimited(long perSecond, long retryAfterSeconds) {
        super("rate limit exceeded", null, false, false);
        this.perSecond = perSecond;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 Too Many Requests with Retry-After, in the caller's language. */
    @Provider
    public static class Mapper extends ProblemMapper<RateLimited> {

        private static final Response.StatusType TOO_MANY_REQUESTS = status(429, "Too Many Requests");

        @Override
        public Response toResponse(RateLimited limited) {
            Response problem = problem(TOO_MANY_REQUESTS, "rate-limited", limited.perSecond, limited.retryAfterSeconds);
            return Response.fromResponse(problem).header("Retry-After", limited.retryAfterSeconds).build();
        }
    }
}
