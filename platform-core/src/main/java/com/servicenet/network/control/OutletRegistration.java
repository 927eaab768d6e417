package com.servicenet.network.control;

import com.servicenet.catalog.ProductCategory;

import java.util.Set;

/** What HQ enters to register a candidate outlet. */
public record OutletRegistration(String code, String legalName, String businessLicenceNo, String address,
                                 String qualifications, Set<ProductCategory> productCategories,
                                 String contactName, String contactPhone, String contactEmail, String openingHours) {
}
