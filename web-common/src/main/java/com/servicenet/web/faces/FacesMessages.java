package com.servicenet.web.faces;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages for the user, in the view's language: UI texts from the {@code msg} bundle (or a screen's own), rule
 * refusals from the rules bundle; and the 404 answer, which tells no more than a message would.
 */
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
        return attempt(messagesId, useCase, () -> done(doneKey, doneArguments));
    }

    /** As above, for screens whose confirmations come from a bundle of their own. */
    public static boolean attempt(String messagesId, Runnable useCase, Runnable confirmation) {
        try {
            useCase.run();
            confirmation.run();
            return true;
        } catch (RuleViolation refused) {
            refused(messagesId, refused);
            keepDialogOpen();
            return false;
        } catch (RuntimeException failure) {
            if (!com.servicenet.persistence.ConcurrentChange.causes(failure)) {
                throw failure;
            }
            // someone else saved the same row first: say so, instead of the error page
            add(messagesId, FacesMessage.SEVERITY_ERROR, text("message.concurrent-change"));
            keepDialogOpen();
            return false;
        }
    }

    /**
     * As {@link #attempt(String, Runnable, Runnable)}, and a refused input field the form has an input for
     * ({@code fields}: field name → client id) is shown next to that input instead of at {@code messagesId}.
     */
    public static boolean attempt(String messagesId, java.util.Map<String, String> fields, Runnable useCase, Runnable confirmation) {
        try {
            return attempt(messagesId, marking(fields, useCase), confirmation);
        } catch (FieldRefused refused) {
            refused(refused.clientId, refused.violation);
            keepDialogOpen();
            return false;
        }
    }

    /** The use case, with the refusals of the fields the form shows taken out of the whole-form path. */
    private static Runnable marking(java.util.Map<String, String> fields, Runnable useCase) {
        return () -> {
            try {
                useCase.run();
            } catch (com.servicenet.rules.InvalidField refused) {
                String clientId = fields.get(refused.field());
                if (clientId == null) {
                    throw refused;
                }
                throw new FieldRefused(clientId, refused);
            }
        };
    }

    /** A refusal of one field the form has an input for. */
    private static final class FieldRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String clientId;
        private final transient com.servicenet.rules.InvalidField violation;

        FieldRefused(String clientId, com.servicenet.rules.InvalidField violation) {
            super(null, null, false, false);
            this.clientId = clientId;
            this.violation = violation;
        }
    }

    /** Shows a refusal next to the component with this client id (null: for the whole page). */
    public static void refused(String clientId, RuleViolation violation) {
        add(clientId, FacesMessage.SEVERITY_ERROR, RuleTexts.render(violation, locale()));
    }

    /** Shows a confirmation from the UI bundle, e.g. "Outlet {0} replaced". */
    public static void done(String key, Object... arguments) {
        confirm(text(key, arguments));
    }

    /** Shows a confirmation already in the reader's language, for the whole page (the growl). */
    public static void confirm(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static String text(String key, Object... arguments) {
        return textFrom("msg", key, arguments);
    }

    /** A text of the bundle that faces-config names {@code bundleVar}, in the view's language. */
    public static String textFrom(String bundleVar, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, bundleVar);
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    /** Answers with the application's 404 page, revealing nothing about what was asked for. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
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
