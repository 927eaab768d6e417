package com.servicenet.api.platform;

import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Gives every API request an id and accounts for it once it is answered (docs/decisions.md, "Operations").
 * <ul>
 * <li>Request id: the caller's {@code X-Request-Id} if it is a plain token of at most 64 characters, else a new
 * random one; echoed in the response's {@code X-Request-Id}, and the correlation id of an unexpected failure
 * ({@link ProblemMapper}, which reads it from the request's header, set here to the id in use).</li>
 * <li>Metrics: {@link ApiMetrics} (latency per endpoint and per outlet, status classes, repair creates, 429s).</li>
 * <li>Request log (logger {@code com.servicenet.api.requests}): one line per refused or failed request, at INFO
 * (4xx) or WARNING (5xx), with the fields requestId, tenant, endpoint, status and millis; successful requests at
 * FINE, which the shipped logging.properties does not write. Only those fields: never a body, a header or a query,
 * so never a customer's name or phone number. The line is built only when it will be written.</li>
 * </ul>
 * Runs before authentication, so that a refused token is counted and logged too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestTelemetry implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    /** The request property that holds the request id for the response filter. */
    private static final String REQUEST_ID = "servicenet.requestId";
    private static final String STARTED = "servicenet.started";
    private static final Logger LOG = Logger.getLogger("com.servicenet.api.requests");
    private static final int LONGEST_ID = 64;

    @Inject
    CurrentTenant tenant;

    @Inject
    ApiMetrics metrics;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String id = requestId(request.getHeaderString(HEADER));
        request.setProperty(REQUEST_ID, id);
        // the request's own header from here on holds the id in use, for the exception mappers (ProblemMapper)
        request.getHeaders().putSingle(HEADER, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(REQUEST_ID);
        Object started = request.getProperty(STARTED);
        if (id == null || started == null) { // refused before this filter ran (e.g. no resource matched at all)
            id = requestId(null);
            started = System.nanoTime();
        }
        response.getHeaders().putSingle(HEADER, id);
        long nanos = System.nanoTime() - (Long) started;
        int status = response.getStatus();

        ApiMetrics.Endpoint endpoint = metrics.endpoint(resource.getResourceMethod(), resource.getResourceClass());
        endpoint.served(status, nanos, response.getHeaders().containsKey("Idempotent-Replayed"));
        ApiMetrics.Outlet outlet = caller();
        outlet.served(nanos);
        if (status == 429) {
            metrics.refused(outlet != metrics.anonymous() && outlet != metrics.headquarters());
        }

        Level level = status >= 500 ? Level.WARNING : status >= 400 ? Level.INFO : Level.FINE;
        if (LOG.isLoggable(level)) {
            LogRecord line = new LogRecord(level, status >= 400 ? "API request refused or failed" : "API request served");
            line.setLoggerName(LOG.getName());
            line.setParameters(new Object[]{Map.of("requestId", id, "tenant", outlet.id, "endpoint", endpoint.name,
                    "status", status, "millis", nanos / 1_000_000)});
            LOG.log(line);
        }
    }

    private ApiMetrics.Outlet caller() {
        if (!tenant.isEstablished()) {
            return metrics.anonymous();
        }
        if (tenant.isHeadquarters()) {
            return metrics.headquarters();
        }
        return tenant.outletId().isPresent() ? metrics.outlet(tenant.outletId().getAsLong()) : metrics.anonymous();
    }

    /** The caller's id if it is safe to echo and to log, else a new one (128 random bits, hex). */
    static String requestId(String offered) {
        if (offered != null && !offered.isEmpty() && offered.length() <= LONGEST_ID && plain(offered)) {
            return offered;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return hex(random.nextLong()) + hex(random.nextLong());
    }

    private static boolean plain(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static String hex(long bits) {
        String digits = Long.toHexString(bits);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
