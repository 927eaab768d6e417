package com.servicenet.catalog;

/** The brand's product lines an outlet may be authorized to service (and, later, that price lists and warranty terms cover). */
public enum ProductCategory {
    AIR_CONDITIONER,
    REFRIGERATOR,
    WASHING_MACHINE,
    TELEVISION,
    WATER_HEATER,
    SMALL_APPLIANCE
}
