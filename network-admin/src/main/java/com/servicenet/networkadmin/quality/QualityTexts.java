package com.servicenet.networkadmin.quality;

import com.servicenet.rules.InvalidField;
import com.servicenet.web.faces.FacesMessages;

import java.util.Map;

/**
 * Texts of HQ's service-quality screens, from their own bundle ({@code qmsg},
 * {@code com/servicenet/networkadmin/quality/messages*.properties}); rule refusals come from the rules bundle,
 * next to the input they name where the form has one.
 */
final class QualityTexts {

    static final String VAR = "qmsg";

    private QualityTexts() {
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
        try {
            return FacesMessages.attempt(messagesId, marking(fields, useCase), () -> FacesMessages.confirm(text(doneKey, doneArguments)));
        } catch (FieldRefused refused) {
            FacesMessages.refused(refused.clientId, refused.violation);
            FacesMessages.keepDialogOpen();
            return false;
        }
    }

    static boolean attempt(String messagesId, Runnable useCase, String doneKey, Object... doneArguments) {
        return attempt(messagesId, Map.of(), useCase, doneKey, doneArguments);
    }

    /** The use case, with the refusals of the fields the form shows taken out of the whole-form path. */
    private static Runnable marking(Map<String, String> fields, Runnable useCase) {
        return () -> {
            try {
                useCase.run();
            } catch (InvalidField refused) {
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
        private final transient InvalidField violation;

        FieldRefused(String clientId, InvalidField violation) {
            super(null, null, false, false);
            this.clientId = clientId;
            this.violation = violation;
        }
    }
}
