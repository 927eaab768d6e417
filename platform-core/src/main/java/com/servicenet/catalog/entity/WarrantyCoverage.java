package com.servicenet.catalog.entity;

/** What the warranty (三包) gives the customer on the day of the repair, from the most to the least. */
public enum WarrantyCoverage {
    /** 包退: the customer may return the product. */
    RETURN,
    /** 包换: the customer may have it replaced. */
    REPLACEMENT,
    /** 保修: the repair is free. */
    FREE_REPAIR,
    /** Out of warranty: the customer pays. */
    NONE,
    /** No purchase date was given, so nobody can tell. */
    UNKNOWN;

    /** Whether the customer owes nothing for the repair. */
    public boolean free() {
        return this == RETURN || this == REPLACEMENT || this == FREE_REPAIR;
    }
}
