package com.servicenet.repairs.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.catalog.entity.WarrantyTerm;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.network.entity.Technician;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepairOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ProductCategory AC = ProductCategory.AIR_CONDITIONER;

    private static Tariff tariff() {
        PriceList list = PriceList.draft(LocalDate.of(2025, 1, 1), null, null, "hq", NOW);
        list.putLine(PriceLineKind.PART, AC, "AC-CAP-35", new LocalizedName("Capacitor", "电容", "電容"), new BigDecimal("35"), new BigDecimal("55"));
        list.putLine(PriceLineKind.LABOUR, AC, "IN_SHOP", new LocalizedName("Labour", "工时", "工時"), new BigDecimal("30"), new BigDecimal("60"));
        return new Tariff(list, new WarrantyTerm(AC, 7, 15, 1095, "hq", NOW));
    }

    private static RepairOrder order(LocalDate purchased, ServiceType type, String address) {
        return new RepairOrder(1, "T-1", new Job(type, AC, "KFR-35", "SN1", purchased, "no cooling"),
                new Customer("张伟", "13812345678", address), NOW, NOW, "shop-1");
    }

    private static RepairOrder order(LocalDate purchased) {
        return order(purchased, ServiceType.IN_SHOP, null);
    }

    private static List<PartCharge> capacitorAt(String price) {
        return List.of(PartCharge.of("parts[0]", "ac-cap-35", 1, new BigDecimal(price)));
    }

    @Test
    void chargesWithinThePriceListAreNotFlaggedAndAddUp() {
        RepairOrder order = order(TODAY.minusYears(4));
        order.charge(capacitorAt("45"), new BigDecimal("50"), new BigDecimal("5.50"), WarrantyDecision.PAID_REPAIR, tariff());

        assertEquals(new BigDecimal("100.50"), order.amountCharged());
        assertFalse(order.overcharged());
        assertFalse(order.chargedInWarranty());
        assertEquals(WarrantyCoverage.NONE, order.warrantyCoverage());
        assertEquals("AC-CAP-35", order.parts().get(0).partCode(), "part codes are upper-cased");
    }

    @Test
    void aPartOrLabourAboveItsRangeIsFlaggedNotRefused() {
        RepairOrder part = order(TODAY.minusYears(4));
        part.charge(capacitorAt("55.01"), new BigDecimal("60"), null, null, tariff());
        assertTrue(part.overcharged());
        assertTrue(part.parts().get(0).overRange());
        assertFalse(part.labourOverRange(), "the top of the range is within it");

        RepairOrder labour = order(TODAY.minusYears(4));
        labour.charge(capacitorAt("20"), new BigDecimal("61"), null, null, tariff());
        assertTrue(labour.overcharged());
        assertTrue(labour.labourOverRange());
        assertFalse(labour.parts().get(0).overRange(), "below the range is the outlet's loss, not overcharging");
    }

    @Test
    void theWarrantyPeriodsFollowTheDaysSincePurchase() {
        WarrantyTerm term = new WarrantyTerm(AC, 7, 15, 1095, "hq", NOW);
        assertEquals(WarrantyCoverage.RETURN, term.coverage(TODAY.minusDays(7), TODAY));
        assertEquals(WarrantyCoverage.REPLACEMENT, term.coverage(TODAY.minusDays(8), TODAY));
        assertEquals(WarrantyCoverage.REPLACEMENT, term.coverage(TODAY.minusDays(15), TODAY));
        assertEquals(WarrantyCoverage.FREE_REPAIR, term.coverage(TODAY.minusDays(16), TODAY));
        assertEquals(WarrantyCoverage.FREE_REPAIR, term.coverage(TODAY.minusDays(1095), TODAY));
        assertEquals(WarrantyCoverage.NONE, term.coverage(TODAY.minusDays(1096), TODAY));
        assertEquals(WarrantyCoverage.UNKNOWN, term.coverage(null, TODAY));
        assertThrows(InvalidField.class, () -> term.change(30, 15, 1095, "hq", NOW), "return longer than replacement");
    }

    @Test
    void aChargeInsideTheWarrantyIsFlaggedAndAFreeRepairIsNot() {
        RepairOrder charged = order(TODAY.minusDays(200));
        charged.charge(capacitorAt("40"), BigDecimal.ZERO, null, WarrantyDecision.PAID_REPAIR, tariff());
        assertEquals(WarrantyCoverage.FREE_REPAIR, charged.warrantyCoverage());
        assertTrue(charged.chargedInWarranty());

        RepairOrder free = order(TODAY.minusDays(200));
        free.charge(capacitorAt("0"), BigDecimal.ZERO, null, WarrantyDecision.FREE_REPAIR, tariff());
        assertFalse(free.chargedInWarranty());
    }

    @Test
    void aPartNotOnThePriceListIsRejectedNamingTheLine() {
        RepairOrder order = order(TODAY.minusYears(1));
        InvalidField unknown = assertThrows(InvalidField.class, () -> order.charge(
                List.of(capacitorAt("40").get(0), PartCharge.of("parts[1]", "RF-COMP", 1, BigDecimal.TEN)), null, null, null, tariff()));
        assertEquals("parts[1].partCode", unknown.field());
        assertEquals("Part RF-COMP is not on the price list for air conditioner.", RuleTexts.render(unknown, Locale.ENGLISH));
        assertTrue(order.parts().isEmpty(), "nothing half-charged");
        assertThrows(InvalidField.class, () -> order.charge(capacitorAt("40"), null, null, null, Tariff.NONE),
                "without a price list no part can be checked");
    }

    @Test
    void theLifecycleAllowsOnlyItsMovesAndNamesThem() {
        RepairOrder order = order(TODAY.minusYears(1));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> order.advance(RepairStatus.CLOSED, null, true, NOW));
        assertEquals("Repair T-1 is received and cannot become closed; it can become: diagnosed, cancelled.",
                RuleTexts.render(refused, Locale.ENGLISH));
        assertEquals("维修单 T-1 当前为“已受理”，不能改为“已结单”；可改为：已检测、已取消。",
                RuleTexts.render(refused, Locale.SIMPLIFIED_CHINESE));

        order.advance(RepairStatus.DIAGNOSED, null, null, NOW.plusSeconds(60));
        InvalidField noTechnician = assertThrows(InvalidField.class, () -> order.advance(RepairStatus.REPAIRED, "fixed", null, NOW));
        assertEquals("technicianCode", noTechnician.field());
        order.assign(technician(1));
        assertThrows(InvalidField.class, () -> order.advance(RepairStatus.REPAIRED, " ", null, NOW), "needs a resolution");
        order.advance(RepairStatus.REPAIRED, "replaced the capacitor", null, NOW.plusSeconds(120));
        order.advance(RepairStatus.CLOSED, null, true, NOW.plusSeconds(180));

        assertEquals(RepairStatus.CLOSED, order.status());
        assertTrue(order.customerConfirmed());
        assertNotNull(order.diagnosedAt());
        assertNotNull(order.repairedAt());
        assertNotNull(order.closedAt());
        assertTrue(order.allowedMoves().isEmpty());
        assertThrows(RuleViolation.class, () -> order.charge(capacitorAt("40"), null, null, null, tariff()), "closed is final");
    }

    @Test
    void onlyTheOutletsOwnActiveTechnicianCanBeAssigned() {
        RepairOrder order = order(TODAY.minusYears(1));
        assertThrows(InvalidField.class, () -> order.assign(technician(2)));
        Technician left = technician(1);
        left.leave();
        assertThrows(InvalidField.class, () -> order.assign(left));
    }

    @Test
    void visitsNeedAnAddressAndDatesCannotLieAhead() {
        InvalidField address = assertThrows(InvalidField.class, () -> order(TODAY.minusYears(1), ServiceType.ON_SITE, null));
        assertEquals("customer.address", address.field());
        InvalidField purchase = assertThrows(InvalidField.class, () -> order(TODAY.plusDays(1)));
        assertEquals("purchaseDate", purchase.field());
        InvalidField received = assertThrows(InvalidField.class, () -> new RepairOrder(1, "T-2",
                new Job(ServiceType.IN_SHOP, AC, "M", "S", null, "f"), new Customer("a", "13800000000", null),
                NOW.plusSeconds(1), NOW, "x"));
        assertEquals("receivedAt", received.field());
    }

    @Test
    void amountsAreYuanWithAtMostTwoDecimals() {
        RepairOrder order = order(TODAY.minusYears(4));
        assertEquals("parts[0].unitPrice", assertThrows(InvalidField.class,
                () -> PartCharge.of("parts[0]", "AC-CAP-35", 1, new BigDecimal("-1"))).field());
        assertEquals("parts[0].quantity", assertThrows(InvalidField.class,
                () -> PartCharge.of("parts[0]", "AC-CAP-35", 0, BigDecimal.ONE)).field());
        assertEquals("labourFee", assertThrows(InvalidField.class,
                () -> order.charge(List.of(), new BigDecimal("1.005"), null, null, tariff())).field());
    }

    @Test
    void customersAreMaskedForLists() {
        Customer masked = new Customer("欧阳娜娜", "138-1234-5678", "上海市浦东新区").masked();
        assertEquals("欧***", masked.name());
        assertEquals("138****5678", masked.phone());
        assertEquals(null, masked.address());
        assertEquals("A*", Customer.maskName("A"));
    }

    private static Technician technician(long outletId) {
        Technician technician = new Technician(outletId, "T01", "陈志明", null);
        try {
            var id = Technician.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(technician, 11L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return technician;
    }
}
