package com.servicenet.network.entity;

import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;

/** Free-text fields as the network's entities accept them: trimmed, blank means absent, bounded. */
public final class Text {

    private Text() {
    }

    public static String required(String value, String field, int max) {
        String text = optional(value, max, field);
        if (text == null) {
            throw new RuleViolation("field.required", Term.of("field." + field));
        }
        return text;
    }

    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new RuleViolation("field.too-long", Term.of("field." + field), max);
        }
        return text;
    }
}
