package com.servicenet.tenantweb.training;

import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The texts of the outlet's training pages, from their own bundle ({@code tmsg}). */
final class TrainingPages {

    static final String VAR = "tmsg";

    private TrainingPages() {
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    /** An error text at the component with this client id; keeps a dialog open. */
    static void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
        FacesMessages.keepDialogOpen();
    }

    /** A confirmation for the page's growl. */
    static void done(String key, Object... arguments) {
        FacesMessages.confirm(text(key, arguments));
    }
}
