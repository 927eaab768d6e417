package com.servicenet.api.platform;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads dates, enums, numbers and yes/no of query parameters so that a wrong value is a 400 naming the parameter
 * (JAX-RS's own conversion answers 404, as if the address did not exist).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<LocalDate>(name, value -> {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException notADate) {
                    throw new InvalidParameter(name, "parameter.date");
                }
            }, false);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Converter<Long>(name, value -> {
                try {
                    return Long.valueOf(value.strip());
                } catch (NumberFormatException notANumber) {
                    throw new InvalidParameter(name, "parameter.number");
                }
            }, false);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<Integer>(name, value -> {
                try {
                    return Integer.valueOf(value.strip());
                } catch (NumberFormatException notANumber) {
                    throw new InvalidParameter(name, "parameter.number");
                }
            }, rawType.isPrimitive());
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<Boolean>(name, value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidParameter(name, "parameter.choice", "true, false");
            }, rawType.isPrimitive());
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<Enum>(name, value -> {
                try {
                    return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidParameter(name, "parameter.choice", Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", ")));
                }
            }, false);
        }
        return null;
    }

    /** {@code primitive}: a blank value cannot be null, so it is read (and refused) like any other. */
    private record Converter<V>(String name, java.util.function.Function<String, V> parse, boolean primitive)
            implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            return value == null || (value.isBlank() && !primitive) ? null : parse.apply(value);
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value.toString();
        }
    }
}
