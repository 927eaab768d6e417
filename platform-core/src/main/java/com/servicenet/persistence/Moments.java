package com.servicenet.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants at the precision PostgreSQL keeps ({@code timestamptz}: microseconds), so what is written reads back equal. */
public final class Moments {

    private Moments() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
