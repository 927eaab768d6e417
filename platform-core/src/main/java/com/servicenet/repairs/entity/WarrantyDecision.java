package com.servicenet.repairs.entity;

/** What the outlet decided under the warranty (三包): the customer got a refund, a new product, a free or a paid repair. */
public enum WarrantyDecision {
    RETURN,
    REPLACEMENT,
    FREE_REPAIR,
    PAID_REPAIR
}
