package com.servicenet.api.platform;

import com.servicenet.api.repairs.RepairsResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The API's application metrics, served by Payara at {@code /metrics} in Prometheus format (docs/decisions.md,
 * "Operations"). Every label has a bounded set of values: the endpoint is the resource method's path template
 * (a few dozen), the status a class (2xx..5xx), the outlet at most {@code servicenet.metrics.most-outlets} ids
 * (then "other"). Latency per endpoint is a timer (count, sum, max, quantiles); per outlet only two counters
 * (requests and their total time), so that 10,000 outlets make 20,000 series, not 10,000 timers' worth.
 * <p>
 * Meters are created once per endpoint and per outlet and then found in a map; a request costs two map lookups,
 * a timer update and a few counter increments, no reflection and no string building.
 */
@ApplicationScoped
public class ApiMetrics {

    static final String UNMATCHED = "unmatched";
    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "servicenet.metrics.most-outlets", defaultValue = "20000")
    int mostOutlets;

    private final ConcurrentMap<Method, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Outlet> outlets = new ConcurrentHashMap<>();
    private Endpoint unmatched;
    private Outlet headquarters;
    private Outlet anonymous;
    private Outlet other;
    private Counter outletRefusals;
    private Counter publicRefusals;

    @jakarta.annotation.PostConstruct
    void register() {
        unmatched = new Endpoint(UNMATCHED, false);
        headquarters = new Outlet("hq");
        anonymous = new Outlet("none");
        other = new Outlet("other");
        outletRefusals = registry.counter("servicenet.ratelimit.refusals", new Tag("limit", "outlet"));
        publicRefusals = registry.counter("servicenet.ratelimit.refusals", new Tag("limit", "public"));
    }

    /** The meters of the resource method that served a request (null: none matched). */
    Endpoint endpoint(Method method, Class<?> resource) {
        if (method == null) {
            return unmatched;
        }
        Endpoint known = endpoints.get(method);
        return known != null ? known : endpoints.computeIfAbsent(method, m -> new Endpoint(Endpoints.name(resource, m),
                resource == RepairsResource.class && m.getName().equals("report")));
    }

    /** The meters of an outlet; HQ and anonymous callers have their own, outlets beyond the bound share "other". */
    Outlet outlet(long outletId) {
        Outlet known = outlets.get(outletId);
        if (known != null) {
            return known;
        }
        if (outlets.size() >= mostOutlets) {
            return other;
        }
        return outlets.computeIfAbsent(outletId, id -> new Outlet(String.valueOf(id)));
    }

    Outlet headquarters() {
        return headquarters;
    }

    Outlet anonymous() {
        return anonymous;
    }

    /** A 429: the outlet's API rate when an outlet called, else the per-address limit of public endpoints. */
    void refused(boolean outletCaller) {
        (outletCaller ? outletRefusals : publicRefusals).inc();
    }

    /** One endpoint's meters. */
    final class Endpoint {
        final String name;
        private final Timer latency;
        private final Counter[] responses = new Counter[STATUS_CLASSES.length];
        private final Counter created;

        Endpoint(String name, boolean createsRepairs) {
            this.name = name;
            Tag endpoint = new Tag("endpoint", name);
            latency = registry.timer("servicenet.api.request", endpoint);
            for (int i = 0; i < STATUS_CLASSES.length; i++) {
                responses[i] = registry.counter("servicenet.api.responses", endpoint, new Tag("status", STATUS_CLASSES[i]));
            }
            created = createsRepairs ? registry.counter("servicenet.repairs.created") : null;
        }

        /** @param replayed an Idempotency-Key retry answered with the first result: not a new repair */
        void served(int status, long nanos, boolean replayed) {
            latency.update(Duration.ofNanos(nanos));
            int statusClass = status / 100 - 1;
            if (statusClass >= 0 && statusClass < responses.length) {
                responses[statusClass].inc();
            }
            if (created != null && status == 201 && !replayed) {
                created.inc();
            }
        }
    }

    /** One outlet's (or HQ's, or anonymous callers') request count and total time. */
    final class Outlet {
        final String id;
        private final Counter requests;
        private final Counter micros;

        Outlet(String id) {
            this.id = id;
            Tag outlet = new Tag("outlet", id);
            requests = registry.counter("servicenet.api.outlet.requests", outlet);
            micros = registry.counter("servicenet.api.outlet.request.micros", outlet);
        }

        void served(long nanos) {
            requests.inc();
            micros.inc(nanos / 1000);
        }
    }
}
