package com.servicenet.tenantweb.training;

import com.servicenet.rules.RuleViolation;
import com.servicenet.training.control.Certifications;
import com.servicenet.web.certificates.CertificateCard;
import com.servicenet.web.certificates.CertificateLinks;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * The printable certificate of one of the outlet's technicians, with the QR code of its public verification.
 * Another outlet's certificate is unknown here, exactly like one that does not exist (404).
 */
@Named("outletCertificateView")
@ViewScoped
public class CertificateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certifications certifications;

    @Inject
    CertificateLinks links;

    private String id;
    private CertificateCard card;

    /** f:viewAction: the outlet's own certificate, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            card = links.card(certifications.certification(key));
        } catch (RuleViolation unknown) {
            FacesMessages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CertificateCard getCard() {
        return card;
    }
}
