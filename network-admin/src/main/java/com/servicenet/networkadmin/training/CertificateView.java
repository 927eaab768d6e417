package com.servicenet.networkadmin.training;

import com.servicenet.rules.RuleViolation;
import com.servicenet.training.control.CertificationRow;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.entity.CertificationEvent;
import com.servicenet.web.certificates.CertificateCard;
import com.servicenet.web.certificates.CertificateLinks;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One certificate for HQ: the printable card with its QR code, its history, and revocation with a reason. */
@Named
@ViewScoped
public class CertificateView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "revoke-form:revoke-messages";

    @Inject
    Certifications certifications;

    @Inject
    CertificateLinks links;

    @Inject
    TrainingStaff staff;

    private String id;
    private CertificationRow certificate;
    private CertificateCard card;
    private List<CertificationEvent> history = List.of();
    private String reason;

    /** f:viewAction: the certificate named by the id parameter, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            certificate = certifications.certification(key);
        } catch (RuleViolation unknown) {
            FacesMessages.notFound();
            return;
        }
        card = links.card(certificate);
        history = certifications.history(key);
    }

    /** Revokes with the reason given and shows the certificate again (redirect after POST). */
    public String revoke() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        long key = certificate.id();
        if (TrainingTexts.attempt(MESSAGES, () -> certifications.revoke(key, reason), "certificate.revoked", certificate.number())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/certificate.xhtml?faces-redirect=true&id=" + key;
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CertificationRow getCertificate() {
        return certificate;
    }

    public List<CertificationEvent> getHistory() {
        return history;
    }

    public CertificateCard getCard() {
        return card;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
