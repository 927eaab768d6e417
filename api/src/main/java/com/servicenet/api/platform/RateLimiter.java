package com.servicenet.api.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Requests per second each outlet may make: a token bucket per outlet that refills at the configured rate
 * and holds up to two seconds' worth, so a shop's software may burst (a backlog sent after a network outage)
 * but cannot starve the others. Counted per application server; in a cluster each instance counts its own.
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final double perSecond;
    private final double capacity;

    @Inject
    public RateLimiter(@ConfigProperty(name = "servicenet.api.rate-limit", defaultValue = "50") double perSecond) {
        this(perSecond, System::nanoTime);
    }

    RateLimiter(double perSecond, LongSupplier nanoClock) {
        this.perSecond = perSecond;
        this.capacity = Math.max(1, perSecond * 2);
        this.clock = nanoClock;
    }

    /** For CDI's proxy. */
    protected RateLimiter() {
        this(50);
    }

    /** @return 0 if the outlet may go ahead, else the whole seconds after which it may retry */
    public long acquire(long outletId) {
        return buckets.computeIfAbsent(outletId, id -> new Bucket(capacity, clock.getAsLong())).take(clock.getAsLong());
    }

    public double perSecond() {
        return perSecond;
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
