package com.servicenet.quality.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three controlled rates and the rules their counts follow, on cases worked out by hand. The first case is the
 * one QualityApiIT seeds into PostgreSQL for outlet 1 in June 2026: the scorecard must show the same figures.
 */
class QualityRatesTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration TWO_DAYS = Duration.ofHours(48);

    /**
     * June 2026 at outlet 1: 8 repairs closed, 10 received of which 2 were answered late, 1 complaint that counts
     * (a second one was rejected and is not in the count), 4 callbacks completed of which 1 with satisfaction 2.
     * Complaint rate 1 / 8 = 0.125; omission rate 2 / 10 = 0.2; dissatisfaction rate 1 / 4 = 0.25.
     */
    @Test
    void theSeededMonth() {
        QualityCounts june = new QualityCounts(8, 10, 2, 1, 4, 1, 1, 0, 1);
        assertEquals(new BigDecimal("0.1250"), june.complaintRate());
        assertEquals(new BigDecimal("0.2000"), june.omissionRate());
        assertEquals(new BigDecimal("0.2500"), june.dissatisfactionRate());
    }

    /** No repair closed and none received: neither the complaint nor the omission rate is measured, not 0 %. */
    @Test
    void zeroRepairsMeasureNothing() {
        QualityCounts empty = new QualityCounts(0, 0, 0, 2, 0, 0, 0, 0, 0);
        assertNull(empty.complaintRate());
        assertNull(empty.omissionRate());
        assertNull(QualityCounts.NONE.complaintRate());
    }

    /** Repairs but no completed callback: the dissatisfaction rate is not measured; the others are (0 / 5 = 0). */
    @Test
    void zeroCallbacksLeaveDissatisfactionUnmeasured() {
        QualityCounts noCalls = new QualityCounts(5, 5, 0, 0, 0, 0, 0, 0, 0);
        assertNull(noCalls.dissatisfactionRate());
        assertEquals(new BigDecimal("0.0000"), noCalls.complaintRate());
        assertEquals(new BigDecimal("0.0000"), noCalls.omissionRate());
    }

    /**
     * A period's rate is summed numerators over summed denominators, not the mean of the months' rates:
     * May 1 / 2 (50 %) and June 1 / 8 (12.5 %) make 2 / 10 = 20 %, where the mean of the rates would be 31.25 %.
     */
    @Test
    void periodsAddCountsNotRates() {
        QualityCounts may = new QualityCounts(2, 2, 0, 1, 0, 0, 0, 0, 0);
        QualityCounts june = new QualityCounts(8, 8, 0, 1, 0, 0, 0, 0, 0);
        assertEquals(new BigDecimal("0.2000"), may.plus(june).complaintRate());
    }

    /** Rates to four places, half up: 1 / 3 = 0.3333, 2 / 3 = 0.6667. */
    @Test
    void roundedToFourPlaces() {
        assertEquals(new BigDecimal("0.3333"), new QualityCounts(3, 0, 0, 1, 0, 0, 0, 0, 0).complaintRate());
        assertEquals(new BigDecimal("0.6667"), new QualityCounts(0, 3, 2, 0, 0, 0, 0, 0, 0).omissionRate());
    }

    /**
     * Months are China's: 2026-06-30 23:59:59 in Shanghai is 15:59:59 UTC and still June; one second later it is
     * 2026-07-01 00:00 in Shanghai (16:00 UTC on 30 June) and July.
     */
    @Test
    void theMonthBoundaryIsShanghaiMidnight() {
        assertEquals(YearMonth.of(2026, 6), QualityRules.month(Instant.parse("2026-06-30T15:59:59Z")));
        assertEquals(YearMonth.of(2026, 7), QualityRules.month(Instant.parse("2026-06-30T16:00:00Z")));
        assertEquals(Instant.parse("2026-06-30T16:00:00Z"), QualityRules.start(YearMonth.of(2026, 7)));
    }

    /** Received 09:00, promised within 24 h: diagnosed at 08:59 the next day is in time, at 09:00:01 missed. */
    @Test
    void missedWhenAnsweredAfterThePromise() {
        Instant received = Instant.parse("2026-06-10T01:00:00Z");
        Instant now = Instant.parse("2026-07-01T00:00:00Z");
        assertFalse(QualityRules.missed(received, Instant.parse("2026-06-11T00:59:00Z"), null, DAY, now));
        assertFalse(QualityRules.missed(received, Instant.parse("2026-06-11T01:00:00Z"), null, DAY, now));
        assertTrue(QualityRules.missed(received, Instant.parse("2026-06-11T01:00:01Z"), null, DAY, now));
    }

    /** Not answered at all: missed once the promise has run out, not before (it is still pending). */
    @Test
    void unansweredCountsOnlyOnceThePromiseRanOut() {
        Instant received = Instant.parse("2026-06-10T01:00:00Z");
        assertFalse(QualityRules.missed(received, null, null, TWO_DAYS, Instant.parse("2026-06-12T00:59:59Z")));
        assertTrue(QualityRules.missed(received, null, null, TWO_DAYS, Instant.parse("2026-06-12T01:00:00Z")));
    }

    /** A cancellation within the promise is an answer: the customer was dealt with, nothing was missed. */
    @Test
    void aTimelyCancellationIsAnAnswer() {
        Instant received = Instant.parse("2026-06-10T01:00:00Z");
        Instant now = Instant.parse("2026-07-01T00:00:00Z");
        assertFalse(QualityRules.missed(received, null, Instant.parse("2026-06-10T05:00:00Z"), DAY, now));
        // the earlier of diagnosis and cancellation counts
        assertFalse(QualityRules.missed(received, Instant.parse("2026-06-20T00:00:00Z"), Instant.parse("2026-06-10T05:00:00Z"), DAY, now));
    }

    /** A repair 30 days after an earlier one of the same appliance repeats it; 30 days and one second later it does not. */
    @Test
    void repeatsWithinTheWindow() {
        Instant first = Instant.parse("2026-06-01T00:00:00Z");
        assertTrue(QualityRules.repeat(first, Instant.parse("2026-07-01T00:00:00Z"), 30));
        assertFalse(QualityRules.repeat(first, Instant.parse("2026-07-01T00:00:01Z"), 30));
        assertFalse(QualityRules.repeat(Instant.parse("2026-07-02T00:00:00Z"), first, 30));
    }
}
