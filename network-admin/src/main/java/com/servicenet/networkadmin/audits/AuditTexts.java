package com.servicenet.networkadmin.audits;

import com.servicenet.web.faces.FacesMessages;

import java.util.Map;

/**
 * Texts of HQ's audit screens, from their own bundle ({@code amsg},
 * {@code com/servicenet/networkadmin/audits/messages*.properties}); rule refusals come from the rules bundle,
 * next to the input they name where the form has one.
 */
final class AuditTexts {

    static final String VAR = "amsg";

    private AuditTexts() {
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    /**
     * Runs one use case; on success confirms with {@code doneKey} of this bundle (the growl). A refused input
     * field is shown next to its component ({@code fields}: field name → client id), any other refusal at
     * {@code messagesId}; either keeps a dialog open.
     */
    static boolean attempt(String messagesId, Map<String, String> fields, Runnable useCase, String doneKey, Object... doneArguments) {
        return FacesMessages.attempt(messagesId, fields, useCase, () -> FacesMessages.confirm(text(doneKey, doneArguments)));
    }

    static boolean attempt(String messagesId, Runnable useCase, String doneKey, Object... doneArguments) {
        return attempt(messagesId, Map.of(), useCase, doneKey, doneArguments);
    }
}
