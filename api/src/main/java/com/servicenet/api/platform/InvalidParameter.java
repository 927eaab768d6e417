package com.servicenet.api.platform;

import jakarta.ws.rs.BadRequestException;

/** A query parameter that is not of its type; JAX-RS would answer 404 for it, which misleads clients. */
public class InvalidParameter extends BadRequestException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidParameter(String parameter, String messageKey, Object... arguments) {
        super("invalid query parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
