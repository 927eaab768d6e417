package com.servicenet.tenantweb.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One of the three controlled rates as the scorecard shows it: its counts, and the rate as a per cent with two
 * decimals; no rate when there was nothing to count ("not yet measured").
 */
public record RateLine(String key, long part, long whole, BigDecimal rate) implements java.io.Serializable {

    public String percent() {
        return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** The rate as the API writes it, for a machine to compare ("" when none). */
    public String plain() {
        return rate == null ? "" : rate.stripTrailingZeros().toPlainString();
    }
}
