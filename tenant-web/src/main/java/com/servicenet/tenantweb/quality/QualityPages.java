package com.servicenet.tenantweb.quality;

import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleTexts;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The texts of the quality pages, the outlet's and the consumer's, from their own bundle ({@code qmsg}). */
final class QualityPages {

    static final String VAR = "qmsg";

    private QualityPages() {
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom(VAR, key, arguments);
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * A refused field in the page's own words: "required", "too long" or "invalid" for that field, so that the
     * consumer reads "Please describe what happened" rather than the rules' generic sentence.
     */
    static String fieldText(InvalidField refused, int max) {
        String kind = switch (refused.key()) {
            case "field.required" -> "required";
            case "field.too-long" -> "too-long";
            default -> "invalid";
        };
        String key = "field." + refused.field() + "." + kind;
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, VAR).containsKey(key) ? text(key, max)
                : RuleTexts.render(refused, FacesMessages.locale());
    }
}
