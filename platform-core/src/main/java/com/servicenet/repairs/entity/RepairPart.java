package com.servicenet.repairs.entity;

import com.servicenet.catalog.entity.PriceLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A part used in a repair and what the customer was charged for it, with the price-list range it was
 * checked against at the time (kept, so the receipt and HQ's overcharge list never depend on a later list).
 */
@Entity
@Table(name = "repair_part")
public class RepairPart implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    // as repair_order_seq: one block refill per thousand lines, not per fifty
    @SequenceGenerator(name = "repair_part_seq", sequenceName = "repair_part_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repair_part_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false)
    private long outletId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "repair_id")
    private RepairOrder repair;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "part_code", nullable = false, length = 32)
    private String partCode;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "min_price", precision = 10, scale = 2)
    private BigDecimal minPrice;

    @Column(name = "max_price", precision = 10, scale = 2)
    private BigDecimal maxPrice;

    @Column(name = "over_range", nullable = false)
    private boolean overRange;

    protected RepairPart() {
        // for JPA
    }

    RepairPart(RepairOrder repair, int lineNo, PartCharge charge, PriceLine line) {
        this.repair = repair;
        this.outletId = repair.outletId();
        this.lineNo = lineNo;
        this.partCode = charge.partCode();
        this.quantity = charge.quantity();
        this.unitPrice = charge.unitPrice();
        this.minPrice = line.minPrice();
        this.maxPrice = line.maxPrice();
        this.overRange = line.compare(unitPrice) > 0;
    }

    BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public int lineNo() {
        return lineNo;
    }

    public String partCode() {
        return partCode;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal lineTotal() {
        return total();
    }

    public BigDecimal minPrice() {
        return minPrice;
    }

    public BigDecimal maxPrice() {
        return maxPrice;
    }

    /** Charged above the price list's range: overcharging (乱收费). Below the range is the outlet's own loss. */
    public boolean overRange() {
        return overRange;
    }
}
