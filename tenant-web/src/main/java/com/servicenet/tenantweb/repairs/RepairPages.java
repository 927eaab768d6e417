package com.servicenet.tenantweb.repairs;

import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;

/** What the repair pages share: reading the id parameter, and the texts of the {@code rmsg} bundle. */
final class RepairPages {

    private RepairPages() {
    }

    /** The id parameter as a number, or null when it is none (which answers 404 like an unknown id). */
    static Long id(String parameter) {
        return PageParameters.id(parameter);
    }

    /** Whether a refusal only says the repair does not exist for this outlet (another outlet's is unknown alike). */
    static boolean unknown(RuleViolation refused) {
        return "repair.unknown".equals(refused.key());
    }

    static String text(String key, Object... arguments) {
        return FacesMessages.textFrom("rmsg", key, arguments);
    }

    /** A confirmation for the page's growl, from the {@code rmsg} bundle. */
    static void done(String key, Object... arguments) {
        FacesMessages.confirm(text(key, arguments));
    }
}
