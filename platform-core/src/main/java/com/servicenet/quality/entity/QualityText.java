package com.servicenet.quality.entity;

import com.servicenet.rules.InvalidField;
import com.servicenet.rules.Term;

/** Free text of complaints and callbacks: trimmed, blank is absent, at most {@value Complaint#TEXT_MAX} characters; a wrong one is the caller's input (400). */
public final class QualityText {

    private QualityText() {
    }

    public static String required(String value, String field) {
        String text = optional(value, field, Complaint.TEXT_MAX);
        if (text == null) {
            throw new InvalidField(field, "field.required", Term.of("field." + field));
        }
        return text;
    }

    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidField(field, "field.too-long", Term.of("field." + field), max);
        }
        // PostgreSQL refuses NUL in text, and no other control character belongs in a complaint either
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f)) {
            throw new InvalidField(field, "field.control-characters", Term.of("field." + field));
        }
        return text;
    }
}
