package com.servicenet.quality.control;

import com.servicenet.audits.control.TrendPoint;
import com.servicenet.quality.entity.QualityCounts;
import com.servicenet.training.control.OutletCompliance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * An outlet's scorecard: the counts and rates over the period (HQ's watch months up to {@code until}), its rank
 * (network and province, with how many are ranked), the 12-month trend of its counts and of its audit and
 * mystery-shop scores, its training compliance, and since when the counts are current ({@code computedAt}, null
 * before the first recompute). Another outlet's figures or names never appear on it.
 */
public record Scorecard(long outletId, String outletCode, String outletName, String outletStatus, YearMonth from, YearMonth to,
                        QualityCounts counts, Rank rank, List<MonthPoint> trend, List<TrendPoint> audits,
                        OutletCompliance training, boolean watched, Instant computedAt) implements java.io.Serializable {

    /** Where the outlet stands; null parts when it is not serving (not ranked). */
    public record Rank(Long network, Long networkSize, Long province, Long provinceSize) implements java.io.Serializable {
        public static final Rank NONE = new Rank(null, null, null, null);
    }
}
