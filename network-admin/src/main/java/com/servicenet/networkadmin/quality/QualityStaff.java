package com.servicenet.networkadmin.quality;

import com.servicenet.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who may act on service quality (complaints, callbacks, early warnings, the quality settings): HQ's quality
 * staff. Every other HQ role reads. Pages hide what the caller may not do; each action asks again, since a form
 * can be posted by hand.
 */
@Named
@RequestScoped
public class QualityStaff {

    @Inject
    SecurityContext security;

    public boolean isCaller() {
        return security.isCallerInRole(Roles.HQ_QUALITY);
    }

    /** Whether the caller may act; if not, says so at the messages component given. */
    public boolean permits(String messagesId) {
        if (isCaller()) {
            return true;
        }
        FacesContext.getCurrentInstance().addMessage(messagesId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, QualityTexts.text("quality.staff-only"), null));
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
