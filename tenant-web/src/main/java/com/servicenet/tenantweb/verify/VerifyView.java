package com.servicenet.tenantweb.verify;

import com.servicenet.training.control.CertificateCheck;
import com.servicenet.training.control.PublicCertificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The public check of a certificate's code (no login), as its QR code leads there: valid, expired or revoked,
 * with the holder's name, the outlet and the categories, and nothing else. Malformed, unknown and forged
 * codes all get the same "not found". A plain GET page without a form, so it keeps no session.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    CertificateCheck check;

    private String code;
    private boolean asked;
    private PublicCertificate answer;

    /** f:viewAction. */
    public void load() {
        asked = code != null && !code.isBlank();
        answer = asked ? check.check(code).orElse(null) : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isAsked() {
        return asked;
    }

    public PublicCertificate getAnswer() {
        return answer;
    }
}
