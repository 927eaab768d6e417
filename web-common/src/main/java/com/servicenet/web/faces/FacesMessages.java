package com.servicenet.web.faces;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages for the user, in the view's language: UI texts from the {@code msg} bundle, rule refusals from the rules bundle. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * Runs one use case from a dialog: on success confirms with the UI text {@code doneKey}; on a rule's
     * refusal shows it in the dialog's messages and keeps the dialog open.
     *
     * @return whether the use case ran
     */
    public static boolean attempt(String messagesId, Runnable useCase, String doneKey, Object... doneArguments) {
        try {
            useCase.run();
            done(doneKey, doneArguments);
            return true;
        } catch (RuleViolation refused) {
            refused(messagesId, refused);
            keepDialogOpen();
            return false;
        }
    }

    /** Shows a refusal next to the component with this client id (null: for the whole page). */
    public static void refused(String clientId, RuleViolation violation) {
        add(clientId, FacesMessage.SEVERITY_ERROR, RuleTexts.render(violation, locale()));
    }

    /** Shows a confirmation from the UI bundle, e.g. "Outlet {0} replaced". */
    public static void done(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Marks the request failed so that PrimeFaces keeps a dialog open (args.validationFailed). */
    public static void keepDialogOpen() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
