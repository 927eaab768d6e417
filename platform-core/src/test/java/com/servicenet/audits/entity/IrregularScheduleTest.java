package com.servicenet.audits.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrregularScheduleTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    private static final LocalDate TO = LocalDate.of(2027, 3, 31);

    @Test
    void everyOutletGetsADayInThePeriodAwayFromItsLastVisit() {
        List<IrregularSchedule.Visit> history = List.of(new IrregularSchedule.Visit(1, LocalDate.of(2026, 12, 20), null));
        for (long seed = 0; seed < 50; seed++) {
            IrregularSchedule.Plan plan = IrregularSchedule.propose(List.of(1L, 2L, 3L), FROM, TO, 30, AuditKind.SPOT_CHECK,
                    List.of(), Map.of(), history, new SplittableRandom(seed));
            assertEquals(3, plan.proposals().size());
            for (IrregularSchedule.Proposal p : plan.proposals()) {
                assertTrue(!p.on().isBefore(FROM) && !p.on().isAfter(TO));
                if (p.outletId() == 1) {
                    assertTrue(ChronoUnit.DAYS.between(LocalDate.of(2026, 12, 20), p.on()) >= 30, "gap kept: " + p.on());
                }
            }
        }
    }

    @Test
    void anOutletWithNoFreeDayIsSkipped() {
        // visited in the middle of a 20-day period with a 30-day gap: no day is far enough
        List<IrregularSchedule.Visit> history = List.of(new IrregularSchedule.Visit(7, FROM.plusDays(10), null));
        IrregularSchedule.Plan plan = IrregularSchedule.propose(List.of(7L), FROM, FROM.plusDays(20), 30, AuditKind.SPOT_CHECK,
                List.of(), Map.of(), history, new SplittableRandom(1));

        assertTrue(plan.proposals().isEmpty());
        assertEquals(List.of(new IrregularSchedule.Skipped(7, IrregularSchedule.Skip.NO_DAY_FREE)), plan.skipped());
    }

    @Test
    void aShopperNeverTwiceInARowNorWhereLinked() {
        List<IrregularSchedule.Visit> history = List.of(new IrregularSchedule.Visit(1, LocalDate.of(2026, 10, 1), "ann"));
        Map<Long, Set<String>> links = Map.of(1L, Set.of("bob"));
        for (long seed = 0; seed < 50; seed++) {
            IrregularSchedule.Plan plan = IrregularSchedule.propose(List.of(1L), FROM, TO, 30, AuditKind.MYSTERY_SHOP,
                    List.of("ann", "bob", "cy"), links, history, new SplittableRandom(seed));
            assertEquals("cy", plan.proposals().get(0).shopper(), "ann went last time, bob is linked");
        }
    }

    @Test
    void noShopperAllowedIsSkipped() {
        List<IrregularSchedule.Visit> history = List.of(new IrregularSchedule.Visit(1, LocalDate.of(2026, 10, 1), "ann"));
        IrregularSchedule.Plan plan = IrregularSchedule.propose(List.of(1L), FROM, TO, 30, AuditKind.MYSTERY_SHOP,
                List.of("ann", "bob"), Map.of(1L, Set.of("bob")), history, new SplittableRandom(3));

        assertEquals(IrregularSchedule.Skip.NO_SHOPPER_ALLOWED, plan.skipped().get(0).why());
    }

    @Test
    void theWorkSpreadsOverShoppers() {
        IrregularSchedule.Plan plan = IrregularSchedule.propose(List.of(1L, 2L, 3L, 4L), FROM, TO, 30, AuditKind.MYSTERY_SHOP,
                List.of("ann", "bob"), Map.of(), List.of(), new SplittableRandom(9));

        assertEquals(2, plan.proposals().stream().filter(p -> p.shopper().equals("ann")).count());
        assertEquals(2, plan.proposals().stream().filter(p -> p.shopper().equals("bob")).count());
    }

    @Test
    void datesAreNotAlwaysTheSame() {
        LocalDate first = IrregularSchedule.propose(List.of(1L), FROM, TO, 30, AuditKind.SPOT_CHECK, List.of(), Map.of(), List.of(),
                new SplittableRandom(1)).proposals().get(0).on();
        boolean varied = false;
        for (long seed = 2; seed < 20 && !varied; seed++) {
            varied = !first.equals(IrregularSchedule.propose(List.of(1L), FROM, TO, 30, AuditKind.SPOT_CHECK, List.of(), Map.of(),
                    List.of(), new SplittableRandom(seed)).proposals().get(0).on());
        }
        assertTrue(varied, "irregular means random days");
        assertNotEquals(null, first);
    }
}
