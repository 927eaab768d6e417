package com.servicenet.networkadmin.training;

import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Texts of the training screens, from their own bundle ({@code tmsg},
 * {@code com/servicenet/networkadmin/training/messages*.properties}); rule refusals come from the rules bundle,
 * next to the input they name where the form has one.
 */
final class TrainingTexts {

    static final String VAR = "tmsg";

    private TrainingTexts() {
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    /** A confirmation for the whole page (the growl). */
    static void done(String key, Object... arguments) {
        FacesMessages.confirm(text(key, arguments));
    }

    /** An error text at the component with this client id; keeps a dialog open. */
    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesMessages.keepDialogOpen();
    }

    /**
     * Runs one use case; on success confirms with {@code doneKey} of this bundle. A refused input field is shown
     * next to its component ({@code fields}: field name → client id), any other refusal at {@code messagesId}.
     */
    static boolean attempt(String messagesId, Map<String, String> fields, Runnable useCase, String doneKey, Object... doneArguments) {
        try {
            useCase.run();
            done(doneKey, doneArguments);
            return true;
        } catch (InvalidField refused) {
            FacesMessages.refused(fields.getOrDefault(refused.field(), messagesId), refused);
            FacesMessages.keepDialogOpen();
            return false;
        } catch (RuleViolation refused) {
            FacesMessages.refused(messagesId, refused);
            FacesMessages.keepDialogOpen();
            return false;
        }
    }

    static boolean attempt(String messagesId, Runnable useCase, String doneKey, Object... doneArguments) {
        return attempt(messagesId, Map.of(), useCase, doneKey, doneArguments);
    }

}
