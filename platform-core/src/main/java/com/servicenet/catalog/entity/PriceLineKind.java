package com.servicenet.catalog.entity;

/** What a price-list line prices: a part, or the labour of one service type. */
public enum PriceLineKind {
    PART,
    LABOUR
}
