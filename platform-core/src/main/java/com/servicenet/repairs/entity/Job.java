package com.servicenet.repairs.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.Term;

import java.time.LocalDate;

/** What is to be repaired and how: the product, its fault, and the kind of service. */
public record Job(ServiceType serviceType, ProductCategory category, String model, String serialNo,
                  LocalDate purchaseDate, String fault) implements java.io.Serializable {

    public Job {
        if (serviceType == null) {
            throw new InvalidField("serviceType", "repair.field.required", Term.of("repair.field.serviceType"));
        }
        if (category == null) {
            throw new InvalidField("productCategory", "repair.field.required", Term.of("repair.field.productCategory"));
        }
        model = Fields.required(model, "model", 60);
        serialNo = Fields.required(serialNo, "serialNo", 60);
        fault = Fields.required(fault, "fault", 2000);
    }
}
