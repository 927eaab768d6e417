package com.servicenet.quality.control;

import com.servicenet.network.entity.OutletStatus;
import com.servicenet.rules.InvalidField;

import java.time.YearMonth;

/**
 * The months a ranking covers (from and to, both included) and what it narrows to; province, status (active or on
 * probation: only serving outlets are ranked) and watch optional.
 */
public record RankingFilter(YearMonth from, YearMonth to, Long provinceId, OutletStatus status, boolean watchedOnly)
        implements java.io.Serializable {

    /** At most this many months in one ranking: the scorecard's trend covers as much. */
    public static final int MOST_MONTHS = 24;

    public RankingFilter {
        if (from == null) {
            throw new InvalidField("from", "field.required", com.servicenet.rules.Term.of("field.from"));
        }
        if (to == null) {
            throw new InvalidField("to", "field.required", com.servicenet.rules.Term.of("field.to"));
        }
        if (to.isBefore(from) || from.plusMonths(MOST_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidField("to", "quality.period-range", MOST_MONTHS);
        }
        if (status != null && status != OutletStatus.ACTIVE && status != OutletStatus.PROBATION) {
            throw new InvalidField("status", "quality.ranked-status");
        }
    }

    /** The last {@code months} months up to and including {@code until}. */
    public static RankingFilter last(int months, YearMonth until) {
        return new RankingFilter(until.minusMonths(months - 1L), until, null, null, false);
    }
}
