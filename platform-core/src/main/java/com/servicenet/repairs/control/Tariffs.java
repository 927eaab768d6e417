package com.servicenet.repairs.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.control.WarrantyTerms;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.catalog.entity.WarrantyTerm;
import com.servicenet.persistence.Recent;
import com.servicenet.repairs.entity.Tariff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * HQ's rules for a repair of a category received on a day: the price list of that day and the category's
 * warranty. Both are HQ's reference data, the same for every outlet, and read on every repair report, so they
 * are kept for {@value #SECONDS} seconds: a list HQ publishes or a term it changes applies to reports from a
 * few seconds later on (a published list can only start tomorrow or later anyway).
 */
@ApplicationScoped
public class Tariffs {

    static final int SECONDS = 5;

    @Inject
    PriceLists priceLists;

    @Inject
    WarrantyTerms warrantyTerms;

    private final Recent<LocalDate, Optional<PriceList>> lists = new Recent<>(Duration.ofSeconds(SECONDS));
    private final Recent<ProductCategory, Optional<WarrantyTerm>> terms = new Recent<>(Duration.ofSeconds(SECONDS));

    public Tariff of(ProductCategory category, LocalDate day) {
        return new Tariff(lists.get(day, priceLists::validOn).orElse(null), terms.get(category, warrantyTerms::of).orElse(null));
    }
}
