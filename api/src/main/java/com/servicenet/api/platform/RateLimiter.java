package com.servicenet.api.platform;

import com.servicenet.limits.TokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.LongSupplier;

/**
 * Requests per second each outlet may make: a token bucket per outlet that refills at the configured rate
 * and holds up to two seconds' worth, so a shop's software may burst (a backlog sent after a network outage)
 * but cannot starve the others. Counted per application server; in a cluster each instance counts its own.
 */
@ApplicationScoped
public class RateLimiter {

    /** More outlets than a network has; beyond it, idle outlets' full buckets are forgotten. */
    private static final int MOST_OUTLETS = 100_000;

    private final TokenBuckets<Long> buckets;

    @Inject
    public RateLimiter(@ConfigProperty(name = "servicenet.api.rate-limit", defaultValue = "50") double perSecond) {
        this(perSecond, System::nanoTime);
    }

    RateLimiter(double perSecond, LongSupplier nanoClock) {
        this.buckets = new TokenBuckets<>(perSecond, perSecond * 2, MOST_OUTLETS, nanoClock);
    }

    /** For CDI's proxy. */
    protected RateLimiter() {
        this(50);
    }

    /** @return 0 if the outlet may go ahead, else the whole seconds after which it may retry */
    public long acquire(long outletId) {
        return buckets.acquire(outletId);
    }

    public double perSecond() {
        return buckets.perSecond();
    }
}
