package com.servicenet.persistence;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from the database that may be a few seconds old: reference data read on every request of the
 * hot path (which price list is valid on a day, the warranty terms, whether an outlet is still admitted).
 * Each entry is read again once it is older than the time to live; {@link #forget} drops one at once.
 * Never for tenant-owned rows: the key must not depend on who asks.
 */
public final class Recent<K, V> {

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier clock;

    public Recent(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    Recent(Duration ttl, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.clock = nanoClock;
    }

    public V get(K key, Function<K, V> read) {
        long now = clock.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.readAt < ttlNanos) {
            return entry.value;
        }
        V value = read.apply(key);
        entries.put(key, new Entry<>(value, now));
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
    }

    private record Entry<V>(V value, long readAt) {
    }
}
