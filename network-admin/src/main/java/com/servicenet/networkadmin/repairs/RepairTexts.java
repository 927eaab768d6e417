package com.servicenet.networkadmin.repairs;

import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Texts of the price list, warranty and repair oversight screens, from their own bundle ({@code rmsg},
 * {@code com/servicenet/networkadmin/repairs/messages*.properties}); rule refusals still come from the rules bundle.
 */
public final class RepairTexts {

    public static final String VAR = "rmsg";

    private RepairTexts() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, VAR);
        return new MessageFormat(bundle.getString(key), FacesMessages.locale()).format(arguments);
    }

    /** A product category's name, from the shared bundle. */
    public static String categoryName(com.servicenet.catalog.ProductCategory category) {
        return FacesMessages.text("category." + category.name());
    }

    /** A confirmation for the whole page (the growl). */
    public static void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** An error text next to the component with this client id, keeping a dialog open. */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesMessages.keepDialogOpen();
    }

    /**
     * Runs one use case: on success confirms with {@code doneKey} of this bundle; on a rule's refusal shows its
     * text at {@code messagesId} and keeps the dialog open.
     *
     * @return whether the use case ran
     */
    public static boolean attempt(String messagesId, Runnable useCase, String doneKey, Object... doneArguments) {
        try {
            useCase.run();
            done(doneKey, doneArguments);
            return true;
        } catch (RuleViolation refused) {
            FacesMessages.refused(messagesId, refused);
            FacesMessages.keepDialogOpen();
            return false;
        }
    }

    /** Answers 404 for an id that names nothing (or nothing this caller may see). */
    public static void notFound() throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
