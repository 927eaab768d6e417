package com.servicenet.tenantweb.repairs;

import com.servicenet.rules.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What the repair pages share: reading the id parameter, answering 404, and the texts of the {@code rmsg} bundle. */
final class RepairPages {

    private RepairPages() {
    }

    /** The id parameter as a number, or null when it is none (which answers 404 like an unknown id). */
    static Long id(String parameter) {
        if (parameter == null || !parameter.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter.strip());
    }

    /** Whether a refusal only says the repair does not exist for this outlet (another outlet's is unknown alike). */
    static boolean unknown(RuleViolation refused) {
        return "repair.unknown".equals(refused.key());
    }

    /** Answers with the application's 404 page, revealing nothing about the id. */
    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "rmsg");
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    /** A confirmation for the page's growl, from the {@code rmsg} bundle. */
    static void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
