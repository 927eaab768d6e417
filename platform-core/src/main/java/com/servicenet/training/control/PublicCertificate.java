package com.servicenet.training.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.entity.CertificationState;

import java.time.LocalDate;
import java.util.Set;

/**
 * All that the public verification tells about a certificate: its state, the holder's name, the outlet
 * that employs them (none when they left the network) and the categories. Nothing else leaves the database.
 */
public record PublicCertificate(CertificationState state, String holder, String outlet, String course,
                                Set<ProductCategory> categories, LocalDate issuedOn, LocalDate expiresOn) {
}
