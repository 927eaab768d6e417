package com.servicenet.training.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.entity.CertificationState;
import com.servicenet.training.entity.Course;

import java.time.LocalDate;
import java.util.Set;

/**
 * A certificate as lists show it, with the outlet that employs its holder now (none after they left the
 * network) and its state on the day the list was read.
 */
public record CertificationRow(long id, String number, String code, long personId, String holder, Long technicianId,
                               String technicianCode, Long outletId, String outletCode, String outletName, Course course,
                               Set<ProductCategory> categories, LocalDate issuedOn, LocalDate expiresOn,
                               CertificationState state, String revokeReason) {

    public boolean valid() {
        return state == CertificationState.VALID;
    }
}
