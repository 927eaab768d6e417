package com.servicenet.audits.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a question asks for. Yes/no and the two scales earn points; a number, a text and a photo are
 * recorded facts that carry no weight (a photo question needs at least one photo attached).
 */
public enum QuestionKind {
    YES_NO,
    SCALE_0_4,
    SCALE_1_5,
    NUMBER,
    TEXT,
    PHOTO;

    public boolean scored() {
        return this == YES_NO || this == SCALE_0_4 || this == SCALE_1_5;
    }

    /** The share of the question's weight an answer earns, 0..1; null for kinds that earn nothing. */
    public BigDecimal fraction(Response response) {
        return switch (this) {
            case YES_NO -> response.yes() ? BigDecimal.ONE : BigDecimal.ZERO;
            case SCALE_0_4 -> BigDecimal.valueOf(response.scale()).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
            case SCALE_1_5 -> BigDecimal.valueOf(response.scale() - 1L).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
            default -> null;
        };
    }

    /** Whether an answer is complete for this kind (photos are counted by the caller). */
    public boolean answeredBy(Response response) {
        return switch (this) {
            case YES_NO -> response.yes() != null;
            case SCALE_0_4 -> response.scale() != null && response.scale() >= 0 && response.scale() <= 4;
            case SCALE_1_5 -> response.scale() != null && response.scale() >= 1 && response.scale() <= 5;
            case NUMBER -> response.number() != null;
            case TEXT -> response.text() != null && !response.text().isBlank();
            case PHOTO -> true;
        };
    }

    /** A scored answer fails when it earns less than half of the weight: "no", or the lower half of a scale. */
    public boolean fails(Response response) {
        BigDecimal fraction = fraction(response);
        return fraction != null && fraction.compareTo(new BigDecimal("0.5")) < 0;
    }
}
