package com.servicenet.web.certificates;

import com.servicenet.training.control.CertificationRow;


/** What a printed certificate shows: the certificate, its verification URL and that URL as a QR image (data URI). */
public record CertificateCard(CertificationRow certificate, String verifyUrl, String qr) {
}
