package com.servicenet.networkadmin.quality;

import com.servicenet.quality.entity.QualityCounts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The three controlled rates of some counts as the pages show them: a percentage with two decimals
 * ("12.50 %"), and the counts it comes from. A rate with nothing to count is not measured: null, never 0 %.
 */
public final class Rates {

    /** One rate: its bundle key (rate.complaint, rate.omission, rate.dissatisfaction), the figure, part and whole. */
    public record Line(String key, String percent, long part, long whole) implements Serializable {
    }

    private Rates() {
    }

    public static List<Line> of(QualityCounts counts) {
        return List.of(new Line("complaint", percent(counts.complaintRate()), counts.complaints(), counts.closed()),
                new Line("omission", percent(counts.omissionRate()), counts.missed(), counts.requests()),
                new Line("dissatisfaction", percent(counts.dissatisfactionRate()), counts.dissatisfied(), counts.callbacks()));
    }

    /** "12.50 %", or null for a rate that is not measured. */
    public static String percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** The share as a number of per cent for a chart, or null. */
    static BigDecimal points(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}
