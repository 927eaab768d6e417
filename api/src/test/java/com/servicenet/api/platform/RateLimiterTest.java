package com.servicenet.api.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(10, nanos::get);

    @Test
    void anOutletMayBurstTwoSecondsWorthThenWaits() {
        for (int i = 0; i < 20; i++) {
            assertEquals(0, limiter.acquire(7), "request " + i + " of the burst");
        }
        assertEquals(1, limiter.acquire(7), "the 21st waits at least a second");
    }

    @Test
    void theBucketRefillsAtTheRateAndNeverBeyondItsSize() {
        for (int i = 0; i < 20; i++) {
            limiter.acquire(7);
        }
        nanos.addAndGet(500_000_000L);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.acquire(7), "half a second refills 5");
        }
        assertEquals(1, limiter.acquire(7));

        nanos.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 20; i++) {
            assertEquals(0, limiter.acquire(7));
        }
        assertEquals(1, limiter.acquire(7), "an hour of quiet still allows only one burst");
    }

    @Test
    void eachOutletHasItsOwnBucket() {
        for (int i = 0; i < 20; i++) {
            limiter.acquire(7);
        }
        assertEquals(1, limiter.acquire(7));
        assertEquals(0, limiter.acquire(8));
    }

    @Test
    void retryAfterCoversTheWaitForOneToken() {
        RateLimiter slow = new RateLimiter(0.25, nanos::get);
        slow.acquire(1);
        assertEquals(4, slow.acquire(1), "one request every four seconds");
    }
}
