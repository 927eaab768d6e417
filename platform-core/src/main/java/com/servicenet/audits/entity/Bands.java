package com.servicenet.audits.entity;

import com.servicenet.rules.InvalidField;

import java.math.BigDecimal;

/** HQ's bands: at or above {@code goodFrom} is good, below {@code failingBelow} is failing. */
public record Bands(BigDecimal goodFrom, BigDecimal failingBelow) {

    public static final Bands DEFAULT = new Bands(new BigDecimal("80"), new BigDecimal("50"));

    public Bands {
        if (goodFrom == null || failingBelow == null || failingBelow.signum() < 0
                || failingBelow.compareTo(goodFrom) > 0 || goodFrom.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidField("failingBelow", "audit.bands-range");
        }
    }

    public Band of(BigDecimal score) {
        if (score == null) {
            return Band.NOT_SCORED;
        }
        if (score.compareTo(goodFrom) >= 0) {
            return Band.GOOD;
        }
        return score.compareTo(failingBelow) >= 0 ? Band.NEEDS_IMPROVEMENT : Band.FAILING;
    }
}
