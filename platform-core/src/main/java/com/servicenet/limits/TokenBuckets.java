package com.servicenet.limits;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (an outlet, a client address): refills at {@code perSecond} and holds up to
 * {@code capacity} tokens, so a caller may burst but not go on above the rate. Counted in this JVM. Keys whose
 * bucket has refilled completely are forgotten once more than {@code maxKeys} are held, so that a flood of
 * new keys (spoofed or many addresses) cannot grow the map without bound.
 */
public final class TokenBuckets<K> {

    private final ConcurrentMap<K, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final double perSecond;
    private final double capacity;
    private final int maxKeys;

    public TokenBuckets(double perSecond, double capacity, int maxKeys, LongSupplier nanoClock) {
        this.perSecond = perSecond;
        this.capacity = Math.max(1, capacity);
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
    }

    /** @return 0 if the key may go ahead, else the whole seconds after which it may retry */
    public long acquire(K key) {
        long now = clock.getAsLong();
        if (buckets.size() > maxKeys) {
            forgetFull(now);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).take(now);
    }

    public double perSecond() {
        return perSecond;
    }

    int size() {
        return buckets.size();
    }

    /** A full bucket behaves exactly like a new one, so forgetting it changes no answer. */
    private void forgetFull(long now) {
        for (Iterator<Map.Entry<K, Bucket>> entries = buckets.entrySet().iterator(); entries.hasNext(); ) {
            if (entries.next().getValue().fullAt(now)) {
                entries.remove();
            }
        }
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

        synchronized boolean fullAt(long now) {
            return tokens + (now - refilledAt) / 1e9 * perSecond >= capacity;
        }
    }
}
