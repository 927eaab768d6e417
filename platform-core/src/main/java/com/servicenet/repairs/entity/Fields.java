package com.servicenet.repairs.entity;

import com.servicenet.rules.InvalidField;
import com.servicenet.rules.Term;

/** Free text as repair reports accept it: trimmed, blank means absent, bounded; a refusal names the field. */
final class Fields {

    private Fields() {
    }

    static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new InvalidField(field, "repair.field.required", term(field));
        }
        return text;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidField(field, "repair.field.too-long", term(field), max);
        }
        return text;
    }

    /** The field's name in the caller's language: {@code parts[2].partCode} reads as "part code". */
    static Term term(String field) {
        String name = field.replaceAll("\\[\\d+]", "");
        return Term.of("repair.field." + name.substring(name.lastIndexOf('.') + 1));
    }
}
