package com.servicenet.api.network;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.Outlet;

import java.util.List;
import java.util.Set;

/** An outlet's profile as the API shows it. */
public record OutletRepresentation(long id, String code, String legalName, String status, String statusReason,
                                   String businessLicenceNo, String address, String qualifications,
                                   Set<ProductCategory> productCategories, Contact contact, Long successorId,
                                   String identityStatus, List<String> regions) {

    public record Contact(String name, String phone, String email, String openingHours) {
    }

    public static OutletRepresentation of(Outlet outlet, List<String> regions) {
        var contact = outlet.contact();
        return new OutletRepresentation(outlet.id(), outlet.code(), outlet.legalName(), outlet.status().name(),
                outlet.statusReason(), outlet.businessLicenceNo(), outlet.address(), outlet.qualifications(),
                outlet.productCategories(), new Contact(contact.name(), contact.phone(), contact.email(), contact.openingHours()),
                outlet.successorId(), outlet.identityStatus().name(), regions);
    }
}
