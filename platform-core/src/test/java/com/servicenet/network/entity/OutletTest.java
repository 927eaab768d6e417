package com.servicenet.network.entity;

import com.servicenet.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static com.servicenet.network.entity.OutletStatus.ACTIVE;
import static com.servicenet.network.entity.OutletStatus.CANDIDATE;
import static com.servicenet.network.entity.OutletStatus.PROBATION;
import static com.servicenet.network.entity.OutletStatus.SUSPENDED;
import static com.servicenet.network.entity.OutletStatus.TERMINATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutletTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void everyOutletStartsAsACandidateWithANormalisedCode() {
        Outlet outlet = new Outlet(" sh-pd-09 ", "上海浦东某维修部", NOW);

        assertEquals("SH-PD-09", outlet.code());
        assertEquals(CANDIDATE, outlet.status());
        assertEquals(IdentityStatus.NONE, outlet.identityStatus());
    }

    @Test
    void codesAndNamesAreChecked() {
        assertEquals("outlet.code-format", assertThrows(RuleViolation.class, () -> new Outlet("SH PD", "x", NOW)).key());
        assertEquals("field.required", assertThrows(RuleViolation.class, () -> new Outlet("SH-1", " ", NOW)).key());
        assertEquals("field.too-long", assertThrows(RuleViolation.class, () -> new Outlet("SH-1", "x".repeat(201), NOW)).key());
    }

    @Test
    void theLifecycleAllowsOnlyItsOwnMoves() {
        assertEquals(EnumSet.of(PROBATION, TERMINATED), CANDIDATE.next());
        assertEquals(EnumSet.of(ACTIVE, SUSPENDED, TERMINATED), PROBATION.next());
        assertEquals(EnumSet.of(PROBATION, SUSPENDED, TERMINATED), ACTIVE.next());
        assertEquals(EnumSet.of(ACTIVE, TERMINATED), SUSPENDED.next());
        assertTrue(TERMINATED.next().isEmpty(), "a terminated outlet is never reinstated");

        Outlet outlet = new Outlet("SH-1", "x", NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> outlet.moveTo(ACTIVE, null, NOW));
        assertEquals("outlet.status-move", refused.key());
    }

    @Test
    void suspendingAndTerminatingNeedAReason() {
        Outlet outlet = active();

        assertEquals("field.required", assertThrows(RuleViolation.class, () -> outlet.moveTo(SUSPENDED, "  ", NOW)).key());
        outlet.moveTo(SUSPENDED, "暗访发现乱收费", NOW);
        assertEquals(SUSPENDED, outlet.status());
        assertEquals("暗访发现乱收费", outlet.statusReason());
    }

    @Test
    void aCandidateGivenARegionIsOnProbationAndATerminatedOutletGetsNone() {
        Outlet candidate = new Outlet("SH-1", "x", NOW);
        candidate.acceptAppointment(NOW);
        assertEquals(PROBATION, candidate.status());

        Outlet suspended = active();
        suspended.moveTo(SUSPENDED, "r", NOW);
        assertEquals("outlet.not-appointable", assertThrows(RuleViolation.class, () -> suspended.acceptAppointment(NOW)).key());
    }

    @Test
    void contactsAreTheOutletsOwnAndBounded() {
        Outlet outlet = active();
        outlet.updateContact(new Contact(" 王伟 ", "021-5888 1234", null, " "));

        assertEquals("王伟", outlet.contact().name());
        assertEquals(null, outlet.contact().openingHours(), "blank means absent");
        assertEquals("field.too-long", assertThrows(RuleViolation.class,
                () -> new Contact(null, "1".repeat(41), null, null)).key());
    }

    @Test
    void onlyProbationAndActiveOutletsServeTheirRegions() {
        assertFalse(CANDIDATE.serves());
        assertTrue(PROBATION.serves());
        assertTrue(ACTIVE.serves());
        assertFalse(SUSPENDED.serves());
        assertFalse(TERMINATED.serves());
    }

    private static Outlet active() {
        Outlet outlet = new Outlet("SH-1", "x", NOW);
        outlet.moveTo(PROBATION, null, NOW);
        outlet.moveTo(ACTIVE, null, NOW);
        return outlet;
    }
}
