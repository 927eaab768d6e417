package com.servicenet.api.network;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.Outlet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

/** An outlet's profile as the API shows it. */
@Schema(description = "An outlet's profile", example = """
        {"id": 42, "code": "SH-0042", "legalName": "上海浦东家电维修服务有限公司", "status": "CANDIDATE",
         "businessLicenceNo": "91310115MA1K4XXXX1", "address": "上海市浦东新区张杨路 500 号",
         "productCategories": ["AIR_CONDITIONER", "REFRIGERATOR"],
         "contact": {"name": "李娜", "phone": "021-5888 0000", "email": "service@pudong-repair.example",
                     "openingHours": "Mon–Sat 09:00–18:00"},
         "identityStatus": "NONE", "regions": []}""")
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
