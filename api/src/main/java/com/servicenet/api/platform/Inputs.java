package com.servicenet.api.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import java.util.Set;

/**
 * Checks request input in resource methods. Payara 6.2025.10's OpenAPI generator fails on Bean Validation
 * annotations of parameters (payara/Payara#7649, FISH-12153) and then leaves every later resource out of
 * /openapi. So resources put none on theirs, and body records declare their canonical constructor (a
 * record's implicit one would carry the components' constraints on its parameters); the components'
 * constraints still apply, checked here.
 */
public final class Inputs {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Inputs() {
    }

    /** The request body, if present and valid; otherwise 400 naming each rejected field. */
    public static <T> T valid(T body) {
        if (body == null) {
            throw new InvalidParameter("body", "parameter.body-required");
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** A whole-number query parameter within its bounds; otherwise 400 naming it. */
    public static int between(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidParameter(parameter, "parameter.range", min, max);
        }
        return value;
    }
}
