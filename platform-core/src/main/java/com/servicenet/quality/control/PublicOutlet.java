package com.servicenet.quality.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.PriceLine;

import java.time.LocalDate;
import java.util.List;

/**
 * What the consumer's page shows of an outlet: whether it is an authorized outlet serving now, its name, address,
 * opening hours and categories, and the official price ranges in force for those categories. Nobody's personal data.
 */
public record PublicOutlet(String code, String name, Standing standing, String address, String openingHours,
                           List<ProductCategory> categories, LocalDate pricesValidFrom, List<PriceLine> prices)
        implements java.io.Serializable {

    /** SERVING: active or on probation; SUSPENDED: may not take repairs now; TERMINATED: no longer authorized. */
    public enum Standing { SERVING, SUSPENDED, TERMINATED }

    public boolean serving() {
        return standing == Standing.SERVING;
    }
}
