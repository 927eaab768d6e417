package com.servicenet.quality.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The rules the rates are counted by, for one fact at a time. PostgreSQL's {@code quality_recompute} applies the
 * same rules to a month of facts at once; the unit tests pin them here and the integration tests hold the
 * database to the same numbers.
 */
public final class QualityRules {

    /** Months are the network's: China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private QualityRules() {
    }

    /** The month a moment falls in, in the network's time zone. */
    public static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZONE));
    }

    /** The first moment of a month, in the network's time zone. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }

    /**
     * Whether a request was missed (服务遗漏): its first response — diagnosis, or cancellation, whichever came first —
     * came after the promise, or has not come and the promise ran out before {@code now}. A request still inside
     * its promise is not missed (yet).
     */
    public static boolean missed(Instant receivedAt, Instant diagnosedAt, Instant cancelledAt, Duration promise, Instant now) {
        Instant deadline = receivedAt.plus(promise);
        Instant response = earliest(diagnosedAt, cancelledAt);
        if (response == null) {
            return !deadline.isAfter(now);
        }
        return response.isAfter(deadline);
    }

    /** Whether a later repair of the same appliance repeats an earlier one (within {@code days}). */
    public static boolean repeat(Instant earlierReceivedAt, Instant laterReceivedAt, int days) {
        return !earlierReceivedAt.isAfter(laterReceivedAt)
                && !earlierReceivedAt.isBefore(laterReceivedAt.minus(Duration.ofDays(days)));
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
