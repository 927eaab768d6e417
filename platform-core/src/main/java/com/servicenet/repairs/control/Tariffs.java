package com.servicenet.repairs.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.control.WarrantyTerms;
import com.servicenet.repairs.entity.Tariff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/** HQ's rules for a repair of a category received on a day: the price list of that day and the category's warranty. */
@ApplicationScoped
public class Tariffs {

    @Inject
    PriceLists priceLists;

    @Inject
    WarrantyTerms warrantyTerms;

    public Tariff of(ProductCategory category, LocalDate day) {
        return new Tariff(priceLists.validOn(day).orElse(null), warrantyTerms.of(category).orElse(null));
    }
}
