package com.servicenet.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** Values of native query rows as Java types, whichever JDBC type the driver handed out. */
public final class Columns {

    private Columns() {
    }

    public static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
