package com.servicenet.rules;

/**
 * A rule that rejects one input field, such as a part that is not on the price list or a technician of
 * another outlet. Unlike a plain {@link RuleViolation} (a conflict with the state of things) it is the
 * caller's input that is wrong: the API answers 400 naming the field, a form marks the field.
 */
public class InvalidField extends RuleViolation {

    private final String field;

    public InvalidField(String field, String key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    /** The field as the client named it, e.g. {@code parts[1].partCode}. */
    public String field() {
        return field;
    }
}
