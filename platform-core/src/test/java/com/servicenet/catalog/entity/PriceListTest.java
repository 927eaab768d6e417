package com.servicenet.catalog.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceListTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalizedName NAME = new LocalizedName("Capacitor", "电容", "電容");

    private static PriceList withOneLine(LocalDate from) {
        PriceList list = PriceList.draft(from, null, null, "hq", NOW);
        list.putLine(PriceLineKind.PART, ProductCategory.AIR_CONDITIONER, "AC-CAP-35", NAME, new BigDecimal("35"), new BigDecimal("55"));
        return list;
    }

    @Test
    void publishingEndsThePredecessorAndFreezesTheList() {
        PriceList current = withOneLine(LocalDate.of(2025, 1, 1));
        current.publish(null, LocalDate.of(2025, 1, 1), "hq", NOW);
        PriceList next = PriceList.draft(TODAY.plusDays(7), "2027", current, "hq", NOW);
        assertEquals(1, next.lines().size(), "a draft starts as a copy of the list before it");

        next.publish(current, TODAY, "hq", NOW);

        assertEquals(TODAY.plusDays(7), current.validTo());
        assertTrue(current.validOn(TODAY.plusDays(6)));
        assertFalse(current.validOn(TODAY.plusDays(7)));
        assertTrue(next.validOn(TODAY.plusDays(7)));
        assertThrows(RuleViolation.class, () -> next.putLine(PriceLineKind.PART, ProductCategory.TELEVISION, "TV-1", NAME,
                BigDecimal.ONE, BigDecimal.TEN), "a published list does not change");
    }

    @Test
    void aListCannotStartInThePastBeforeItsPredecessorOrEmpty() {
        PriceList current = withOneLine(TODAY.minusDays(10));
        current.publish(null, TODAY.minusDays(10), "hq", NOW);
        assertThrows(RuleViolation.class, () -> withOneLine(TODAY.minusDays(1)).publish(current, TODAY, "hq", NOW));
        assertThrows(RuleViolation.class, () -> withOneLine(TODAY.minusDays(10)).publish(current, TODAY.minusDays(20), "hq", NOW));
        assertThrows(RuleViolation.class, () -> PriceList.draft(TODAY, null, null, "hq", NOW).publish(current, TODAY, "hq", NOW));
    }

    @Test
    void aLinesRangeIsOrderedAndItsCodeWellFormed() {
        PriceList draft = PriceList.draft(TODAY, null, null, "hq", NOW);
        assertThrows(InvalidField.class, () -> draft.putLine(PriceLineKind.PART, ProductCategory.TELEVISION, "TV-1", NAME,
                BigDecimal.TEN, BigDecimal.ONE));
        assertThrows(InvalidField.class, () -> draft.putLine(PriceLineKind.PART, ProductCategory.TELEVISION, "tv 1!", NAME,
                BigDecimal.ONE, BigDecimal.TEN));
        PriceLine line = draft.putLine(PriceLineKind.PART, ProductCategory.TELEVISION, "tv-1", NAME, BigDecimal.ONE, BigDecimal.TEN);
        assertEquals("TV-1", line.code());
        assertEquals(-1, line.compare(new BigDecimal("0.99")));
        assertEquals(0, line.compare(BigDecimal.TEN));
        assertEquals(1, line.compare(new BigDecimal("10.01")));
        draft.putLine(PriceLineKind.PART, ProductCategory.TELEVISION, "TV-1", NAME, BigDecimal.ONE, new BigDecimal("12"));
        assertEquals(1, draft.lines().size(), "the same key replaces its line");
    }
}
