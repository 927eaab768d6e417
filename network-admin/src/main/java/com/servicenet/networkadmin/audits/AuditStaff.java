package com.servicenet.networkadmin.audits;

import com.servicenet.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who may change audits (templates, plans, releases, corrective actions, the candidate list, the settings): HQ
 * auditors and network administrators. Every other HQ role reads. Pages hide what the caller may not do; each
 * action asks again, since a form can be posted by hand.
 */
@Named
@RequestScoped
public class AuditStaff {

    @Inject
    SecurityContext security;

    public boolean isCaller() {
        return security.isCallerInRole(Roles.HQ_AUDITOR) || security.isCallerInRole(Roles.HQ_NETWORK_ADMIN);
    }

    /** Whether the caller may change audits; if not, says so at the messages component given. */
    public boolean permits(String messagesId) {
        if (isCaller()) {
            return true;
        }
        FacesContext.getCurrentInstance().addMessage(messagesId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, AuditTexts.text("audits.staff-only"), null));
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
