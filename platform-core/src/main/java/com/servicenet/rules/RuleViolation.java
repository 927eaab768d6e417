package com.servicenet.rules;

import java.util.Arrays;

/**
 * A business rule refused the request. It carries a message key of {@code com/servicenet/rules/messages*.properties}
 * and its arguments, never user-facing text: each boundary renders it in the caller's language (the API as a
 * 409 problem, the web apps as a message next to the action).
 */
public class RuleViolation extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String key, Object... arguments) {
        super(key + " " + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
