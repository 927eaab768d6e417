package com.servicenet.quality.entity;

import com.servicenet.rules.InvalidField;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which callback answers raise a complaint, and of what kind. */
class CallbackOutcomeTest {

    @Test
    void satisfiedFixedAndChargedAsOnTheReceiptRaisesNothing() {
        CallbackOutcome fine = CallbackOutcome.of(3, true, true, null);
        assertFalse(fine.dissatisfied());
        assertEquals(Optional.empty(), fine.complaint());
    }

    @Test
    void oneOrTwoIsDissatisfied() {
        assertTrue(CallbackOutcome.of(2, true, true, null).dissatisfied());
        assertTrue(CallbackOutcome.of(1, true, true, null).dissatisfied());
        assertEquals(new CallbackOutcome.Raised(ComplaintCategory.REPAIR_QUALITY, Severity.LOW),
                CallbackOutcome.of(2, true, true, "rude").complaint().orElseThrow());
    }

    @Test
    void overchargingComesFirstThenTheUnfixedFault() {
        assertEquals(new CallbackOutcome.Raised(ComplaintCategory.OVERCHARGING, Severity.HIGH),
                CallbackOutcome.of(1, false, false, null).complaint().orElseThrow());
        assertEquals(new CallbackOutcome.Raised(ComplaintCategory.REPAIR_QUALITY, Severity.MEDIUM),
                CallbackOutcome.of(5, false, true, null).complaint().orElseThrow());
    }

    @Test
    void answersOutsideTheScaleAreTheCallersMistake() {
        assertEquals("satisfaction", assertThrows(InvalidField.class, () -> CallbackOutcome.of(0, true, true, null)).field());
        assertEquals("satisfaction", assertThrows(InvalidField.class, () -> CallbackOutcome.of(6, true, true, null)).field());
        assertEquals("fixed", assertThrows(InvalidField.class, () -> CallbackOutcome.of(4, null, true, null)).field());
    }
}
