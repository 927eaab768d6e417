package com.servicenet.tenantweb.verify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per key (a client address): {@code burst} requests at once, refilled at {@code perMinute}.
 * At most {@code maxKeys} buckets are kept; the one used longest ago goes first, so the map cannot grow with the
 * number of addresses (a forgotten address starts again with a full bucket, which is only a burst).
 */
final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final double burst;
    private final double perNano;
    private final Map<String, double[]> buckets;

    TokenBuckets(int perMinute, int burst, int maxKeys) {
        if (perMinute < 1 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("rate, burst and keys must be positive");
        }
        this.burst = burst;
        this.perNano = perMinute / (double) NANOS_PER_MINUTE;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Takes a token for the key at the given time (System.nanoTime()).
     *
     * @return 0 if the request may go on, else the whole seconds until a token is there again (at least 1)
     */
    synchronized long take(String key, long now) {
        double[] bucket = buckets.get(key); // {tokens, last refill}
        if (bucket == null) {
            bucket = new double[] {burst, now};
            buckets.put(key, bucket);
        }
        double tokens = Math.min(burst, bucket[0] + (now - (long) bucket[1]) * perNano);
        bucket[1] = now;
        if (tokens >= 1) {
            bucket[0] = tokens - 1;
            return 0;
        }
        bucket[0] = tokens;
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1_000_000_000d));
    }

    synchronized int size() {
        return buckets.size();
    }
}
