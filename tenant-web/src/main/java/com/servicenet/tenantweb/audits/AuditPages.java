package com.servicenet.tenantweb.audits;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The texts of the outlet's audit pages, from their own bundle ({@code amsg}); refusals from the rules bundle. */
final class AuditPages {

    static final String VAR = "amsg";

    private AuditPages() {
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    static void error(String clientId, RuleViolation refused) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, RuleTexts.render(refused, FacesMessages.locale()), null));
        FacesMessages.keepDialogOpen();
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesMessages.keepDialogOpen();
    }
}
