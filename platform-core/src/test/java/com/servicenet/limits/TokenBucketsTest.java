package com.servicenet.limits;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void aKeyBurstsUpToItsCapacityThenWaitsForTheRefill() {
        TokenBuckets<String> buckets = new TokenBuckets<>(0.5, 3, 100, now::get);
        assertEquals(0, buckets.acquire("a"));
        assertEquals(0, buckets.acquire("a"));
        assertEquals(0, buckets.acquire("a"));
        assertEquals(2, buckets.acquire("a"), "one token at 0.5 per second: 2 s");
        assertEquals(0, buckets.acquire("b"), "another key has its own bucket");
        now.addAndGet(2_000_000_000L);
        assertEquals(0, buckets.acquire("a"));
        assertEquals(2, buckets.acquire("a"));
    }

    @Test
    void fullBucketsAreForgottenWhenTooManyKeysAreHeld() {
        TokenBuckets<Integer> buckets = new TokenBuckets<>(1, 2, 10, now::get);
        for (int i = 0; i < 11; i++) {
            buckets.acquire(i);
        }
        buckets.acquire(-1);
        buckets.acquire(-1);
        now.addAndGet(5_000_000_000L);
        buckets.acquire(99);
        assertEquals(1, buckets.size(), "every refilled bucket was forgotten, only the new key is held");
    }

    @Test
    void aForwardedAddressCountsOnlyFromATrustedProxy() {
        ClientAddress addresses = new ClientAddress("10.0.0.5, 127.0.0.1");
        assertEquals("203.0.113.9", addresses.of("127.0.0.1", "198.51.100.1, 203.0.113.9"));
        assertEquals("192.0.2.7", addresses.of("192.0.2.7", "203.0.113.9"), "an untrusted peer's header is ignored");
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", null));
        assertEquals("192.0.2.7", new ClientAddress("").of("192.0.2.7", "203.0.113.9"));
    }
}
