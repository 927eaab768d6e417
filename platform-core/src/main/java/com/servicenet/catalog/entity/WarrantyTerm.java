package com.servicenet.catalog.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.rules.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The warranty (三包) of one product category: within so many days of purchase the customer may return the
 * product (包退), have it replaced (包换), or have it repaired free of charge (保修). Each period includes the
 * previous one.
 */
@Entity
@Table(name = "warranty_term")
public class WarrantyTerm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Twenty years: anything longer is a typing error, not a warranty. */
    private static final int MAX_DAYS = 7300;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ProductCategory category;

    @Column(name = "return_days", nullable = false)
    private int returnDays;

    @Column(name = "replace_days", nullable = false)
    private int replaceDays;

    @Column(name = "repair_days", nullable = false)
    private int repairDays;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected WarrantyTerm() {
        // for JPA
    }

    public WarrantyTerm(ProductCategory category, int returnDays, int replaceDays, int repairDays, String by, Instant at) {
        this.category = category;
        change(returnDays, replaceDays, repairDays, by, at);
    }

    public final void change(int returnDays, int replaceDays, int repairDays, String by, Instant at) {
        days(returnDays, "returnDays");
        days(replaceDays, "replaceDays");
        days(repairDays, "repairDays");
        if (returnDays > replaceDays || replaceDays > repairDays) {
            throw new InvalidField("replaceDays", "warranty.order", returnDays, replaceDays, repairDays);
        }
        this.returnDays = returnDays;
        this.replaceDays = replaceDays;
        this.repairDays = repairDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static void days(int days, String field) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidField(field, "warranty.days", MAX_DAYS);
        }
    }

    /** What the customer is entitled to on the repair day, counting whole days since purchase. */
    public WarrantyCoverage coverage(LocalDate purchased, LocalDate repaired) {
        if (purchased == null) {
            return WarrantyCoverage.UNKNOWN;
        }
        long days = ChronoUnit.DAYS.between(purchased, repaired);
        if (days <= returnDays) {
            return WarrantyCoverage.RETURN;
        }
        if (days <= replaceDays) {
            return WarrantyCoverage.REPLACEMENT;
        }
        return days <= repairDays ? WarrantyCoverage.FREE_REPAIR : WarrantyCoverage.NONE;
    }

    public ProductCategory category() {
        return category;
    }

    public int returnDays() {
        return returnDays;
    }

    public int replaceDays() {
        return replaceDays;
    }

    public int repairDays() {
        return repairDays;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
