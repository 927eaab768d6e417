package com.servicenet.tenantweb.verify;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstPassesThenTheRateHoldsWithRetryAfter() {
        TokenBuckets buckets = new TokenBuckets(30, 5, 100);
        long now = 1_000 * SECOND;
        for (int i = 0; i < 5; i++) {
            assertEquals(0, buckets.take("10.0.0.1", now), "request " + i + " of the burst");
        }
        assertEquals(2, buckets.take("10.0.0.1", now), "30 a minute: the next token in 2 s");
        assertEquals(0, buckets.take("10.0.0.2", now), "another address has its own bucket");
        assertEquals(1, buckets.take("10.0.0.1", now + SECOND), "half a token after 1 s");
        assertEquals(0, buckets.take("10.0.0.1", now + 2 * SECOND + 1_000_000));
        assertTrue(buckets.take("10.0.0.1", now + 2 * SECOND + 1_000_000) > 0);
        assertEquals(0, buckets.take("10.0.0.1", now + 600 * SECOND), "refilled, but never above the burst");
        for (int i = 0; i < 4; i++) {
            assertEquals(0, buckets.take("10.0.0.1", now + 600 * SECOND));
        }
        assertTrue(buckets.take("10.0.0.1", now + 600 * SECOND) > 0);
    }

    @Test
    void theMapOfAddressesIsBounded() {
        TokenBuckets buckets = new TokenBuckets(30, 1, 1000);
        for (int i = 0; i < 50_000; i++) {
            buckets.take("addr-" + i, i);
        }
        assertEquals(1000, buckets.size());
    }

    @Test
    void theReaderGetsOneOfTheThreeLanguages() {
        assertEquals(Locale.TRADITIONAL_CHINESE, VerifyRateLimit.readerLocale(List.of(Locale.forLanguageTag("zh-HK"))));
        assertEquals(Locale.TRADITIONAL_CHINESE, VerifyRateLimit.readerLocale(List.of(Locale.forLanguageTag("zh-Hant"))));
        assertEquals(Locale.SIMPLIFIED_CHINESE, VerifyRateLimit.readerLocale(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("zh"))));
        assertEquals(Locale.ENGLISH, VerifyRateLimit.readerLocale(List.of(Locale.forLanguageTag("de"))));
    }
}
