package com.servicenet.quality.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An outlet's counts over a period, from which its three controlled rates follow. Counts add up across months;
 * rates do not, so a period's rate is always its summed numerator over its summed denominator. A rate whose
 * denominator is zero is not measured (null), never 0 %.
 */
public record QualityCounts(long closed, long requests, long missed, long complaints, long callbacks, long dissatisfied,
                            long overcharged, long chargedInWarranty, long repeats) implements java.io.Serializable {

    public static final QualityCounts NONE = new QualityCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public QualityCounts plus(QualityCounts other) {
        return new QualityCounts(closed + other.closed, requests + other.requests, missed + other.missed,
                complaints + other.complaints, callbacks + other.callbacks, dissatisfied + other.dissatisfied,
                overcharged + other.overcharged, chargedInWarranty + other.chargedInWarranty, repeats + other.repeats);
    }

    /** 服务投诉率: complaints (not rejected) received in the period over repairs closed in it. */
    public BigDecimal complaintRate() {
        return rate(complaints, closed);
    }

    /** 服务遗漏率: requests received in the period and not first answered within the promise, over all requests received. */
    public BigDecimal omissionRate() {
        return rate(missed, requests);
    }

    /** 服务不满意率: completed callbacks with satisfaction 1 or 2 over all callbacks completed in the period. */
    public BigDecimal dissatisfactionRate() {
        return rate(dissatisfied, callbacks);
    }

    /** A share to four decimal places (0.0125 = 1.25 %), half up; null when nothing was there to count. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
