package com.servicenet.networkadmin.repairs;

import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Texts of the price list, warranty and repair oversight screens, from their own bundle ({@code rmsg},
 * {@code com/servicenet/networkadmin/repairs/messages*.properties}); rule refusals still come from the rules bundle.
 */
public final class RepairTexts {

    public static final String VAR = "rmsg";

    private RepairTexts() {
    }

    public static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    /** A product category's name, from the shared bundle. */
    public static String categoryName(com.servicenet.catalog.ProductCategory category) {
        return FacesMessages.text("category." + category.name());
    }

    /** A confirmation for the whole page (the growl). */
    public static void done(String key, Object... arguments) {
        FacesMessages.confirm(text(key, arguments));
    }

    /** An error text next to the component with this client id, keeping a dialog open. */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesMessages.keepDialogOpen();
    }

    /** {@link FacesMessages#attempt(String, Runnable, String, Object...)}, confirming with {@code doneKey} of this bundle. */
    public static boolean attempt(String messagesId, Runnable useCase, String doneKey, Object... doneArguments) {
        return FacesMessages.attempt(messagesId, useCase, () -> done(doneKey, doneArguments));
    }
}
