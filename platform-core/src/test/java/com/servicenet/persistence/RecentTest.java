package com.servicenet.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecentTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final Recent<String, Integer> recent = new Recent<>(Duration.ofSeconds(5), nanos::get);

    private Integer read(String key) {
        return reads.incrementAndGet();
    }

    @Test
    void aValueIsReadAgainOnlyOnceItIsOlderThanItsTimeToLive() {
        assertEquals(1, recent.get("a", this::read));
        nanos.addAndGet(Duration.ofMillis(4999).toNanos());
        assertEquals(1, recent.get("a", this::read));
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(2, recent.get("a", this::read));
        assertEquals(3, recent.get("b", this::read), "each key on its own");
    }

    @Test
    void aForgottenValueIsReadAtOnceAndAFailedReadIsNotKept() {
        recent.get("a", this::read);
        recent.forget("a");
        assertEquals(2, recent.get("a", this::read));
        assertThrows(IllegalStateException.class, () -> recent.get("c", key -> { throw new IllegalStateException(); }));
        assertEquals(3, recent.get("c", this::read));
    }
}
