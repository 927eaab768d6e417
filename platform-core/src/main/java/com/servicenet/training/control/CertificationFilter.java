package com.servicenet.training.control;

import com.servicenet.training.entity.CertificationState;

/**
 * HQ's certificate search: any part of the holder's name or the certificate number, the outlet that employs
 * the holder now, the course, the state today; each may be left empty.
 */
public record CertificationFilter(String text, Long outletId, Long courseId, CertificationState state) {

    public static CertificationFilter none() {
        return new CertificationFilter(null, null, null, null);
    }
}
