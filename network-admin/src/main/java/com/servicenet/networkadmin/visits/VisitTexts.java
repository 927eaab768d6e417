package com.servicenet.networkadmin.visits;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Texts of the visit pages, from their own bundle ({@code vmsg},
 * {@code com/servicenet/networkadmin/visits/messages*.properties}); refusals of the rules come from the rules
 * bundle, in the reader's language.
 */
final class VisitTexts {

    static final String VAR = "vmsg";

    private VisitTexts() {
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    static String refusal(RuleViolation violation) {
        return RuleTexts.render(violation, FacesMessages.locale());
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
