package com.servicenet.repairs.control;

import com.servicenet.rules.InvalidField;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a repair list page ends: the (received, id) key of its last row. Keyset paging keeps page 10,000 as
 * fast as page 1 and never skips or repeats a row when new repairs arrive meanwhile. Opaque to clients.
 */
record Cursor(Instant receivedAt, long id) {

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, receivedAt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException(cursor);
            }
            return new Cursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException broken) {
            throw new InvalidField("cursor", "repair.cursor");
        }
    }
}
