package com.servicenet.rules;

/** An argument of a rule text that is itself translated, such as a field or a status name: a key of the same bundle. */
public record Term(String key) {

    public static Term of(String key) {
        return new Term(key);
    }

    public static Term of(Enum<?> value) {
        return new Term(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
