package com.servicenet.network.control;

import com.servicenet.rules.RuleViolation;

import java.util.Locale;
import java.util.regex.Pattern;

/** What Keycloak accepts as an outlet user's name and e-mail, checked before anything is queued. */
final class IdentityNames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private IdentityNames() {
    }

    static String username(String value) {
        String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("identity.username-format", name);
        }
        return name;
    }

    static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("identity.email-format", email);
        }
        return email;
    }
}
