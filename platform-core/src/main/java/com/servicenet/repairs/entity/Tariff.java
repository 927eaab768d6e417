package com.servicenet.repairs.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.catalog.entity.WarrantyTerm;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What HQ's rules say about a repair received on a given day: the price list valid that day and the
 * warranty terms of the product category. Either may be missing; then nothing can be checked against it.
 */
public record Tariff(PriceList priceList, WarrantyTerm warrantyTerm) {

    public static final Tariff NONE = new Tariff(null, null);

    public Optional<PriceLine> part(ProductCategory category, String partCode) {
        return priceList == null ? Optional.empty() : priceList.line(PriceLineKind.PART, category, partCode);
    }

    public Optional<PriceLine> labour(ProductCategory category, ServiceType serviceType) {
        return priceList == null ? Optional.empty() : priceList.line(PriceLineKind.LABOUR, category, serviceType.name());
    }

    public WarrantyCoverage coverage(LocalDate purchased, LocalDate repaired) {
        if (warrantyTerm == null) {
            return purchased == null ? WarrantyCoverage.UNKNOWN : WarrantyCoverage.NONE;
        }
        return warrantyTerm.coverage(purchased, repaired);
    }
}
