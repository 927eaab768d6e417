package com.servicenet.rules;

/**
 * The request is well formed but names someone who may not do what it asks: a technician without a valid
 * certification for the repair's product category. The API answers 422 naming the field; a form marks it.
 */
public class Unqualified extends InvalidField {

    public Unqualified(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
