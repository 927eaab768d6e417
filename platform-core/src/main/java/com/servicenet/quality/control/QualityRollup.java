package com.servicenet.quality.control;

import com.servicenet.persistence.Columns;
import com.servicenet.quality.entity.QualityRules;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleTexts;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Keeps {@code quality_month} and {@code fault_month} in step with the facts: the job recomputes the current and the
 * previous month (a request received late last month may be answered, a complaint rejected, this month), raises
 * early warnings for the current month and quarter, and puts outlets on the watch list onto the replacement-candidate
 * list. HQ may recompute any month on demand; the same facts give the same counts.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class QualityRollup {

    public static final String JOB = "quality-rollup";
    /** Months before this are not recomputed: the platform keeps no facts that old. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);
    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

    /** What a run did: outlet-months written, warnings raised or updated, outlets put on the candidate list. */
    public record Run(boolean ran, int outletMonths, int warnings, int candidates, long millis) {
        @Override
        public String toString() {
            return ran ? outletMonths + " outlet-months, " + warnings + " warnings, " + candidates + " candidates in " + millis + " ms" : "skipped";
        }
    }

    private static final String MONTH_WARNINGS = """
            INSERT INTO fault_warning (period_kind, period_start, category, model, fault_key, sample, repairs, baseline, raised_at)
            SELECT 'MONTH', m.month, m.category, m.model, m.fault_key, m.sample, m.repairs, round(coalesce(b.total, 0) / 6.0, 2), now()
            FROM fault_month m CROSS JOIN quality_setting s
            LEFT JOIN (SELECT category, model, fault_key, sum(repairs) AS total FROM fault_month
                       WHERE month >= ?1::date - interval '6 months' AND month < ?1::date GROUP BY category, model, fault_key) b
                   ON b.category = m.category AND b.model = m.model AND b.fault_key = m.fault_key
            WHERE m.month = ?1::date AND m.repairs >= s.warning_min_count AND m.repairs >= s.warning_factor * coalesce(b.total, 0) / 6.0
            ON CONFLICT (period_kind, period_start, category, model, fault_key)
            DO UPDATE SET repairs = EXCLUDED.repairs, baseline = EXCLUDED.baseline, sample = EXCLUDED.sample
            """;

    private static final String QUARTER_WARNINGS = """
            INSERT INTO fault_warning (period_kind, period_start, category, model, fault_key, sample, repairs, baseline, raised_at)
            SELECT 'QUARTER', ?1::date, q.category, q.model, q.fault_key, q.sample, q.repairs, round(coalesce(b.total, 0) / 4.0, 2), now()
            FROM (SELECT category, model, fault_key, sum(repairs) AS repairs, min(sample) AS sample FROM fault_month
                  WHERE month >= ?1::date AND month < ?1::date + interval '3 months' GROUP BY category, model, fault_key) q
            CROSS JOIN quality_setting s
            LEFT JOIN (SELECT category, model, fault_key, sum(repairs) AS total FROM fault_month
                       WHERE month >= ?1::date - interval '12 months' AND month < ?1::date GROUP BY category, model, fault_key) b
                   ON b.category = q.category AND b.model = q.model AND b.fault_key = q.fault_key
            WHERE q.repairs >= s.warning_min_count AND q.repairs >= s.warning_factor * coalesce(b.total, 0) / 4.0
            ON CONFLICT (period_kind, period_start, category, model, fault_key)
            DO UPDATE SET repairs = EXCLUDED.repairs, baseline = EXCLUDED.baseline, sample = EXCLUDED.sample
            """;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Scorecards scorecards;

    /** The scheduled run on a node: skipped if another node has it or ran it less than {@code everySeconds} ago. */
    public Run runDue(String node, long everySeconds, Instant now) {
        if (!JobClaim.claim(em, JOB, everySeconds, node)) {
            return new Run(false, 0, 0, 0, 0);
        }
        Run run = refresh(now);
        JobClaim.outcome(em, JOB, run.toString());
        return run;
    }

    /**
     * The job's work, also HQ's "recompute now": the current month and the last, or further back while a request
     * received then may still run out of its promise.
     */
    public Run refresh(Instant now) {
        JobClaim.hold(em, JOB);
        long started = System.nanoTime();
        YearMonth current = QualityRules.month(now);
        // a request is missed or not only once its promise has run out (up to 30 days): recompute back that far
        long longest = Columns.number(em.createNativeQuery("SELECT coalesce(max(hours), 0) FROM service_promise").getSingleResult());
        YearMonth earliest = QualityRules.month(now.minus(java.time.Duration.ofHours(longest + 24)));
        if (earliest.isAfter(current.minusMonths(1))) {
            earliest = current.minusMonths(1);
        }
        int outletMonths = 0;
        for (YearMonth month = earliest; !month.isAfter(current); month = month.plusMonths(1)) {
            outletMonths += recomputeMonth(month);
        }
        int warnings = warn(current);
        int candidates = nominateWatched(current);
        return new Run(true, outletMonths, warnings, candidates, (System.nanoTime() - started) / 1_000_000);
    }

    /** Recomputes one month from the facts; any month from 2000 to the current one. */
    public int recompute(YearMonth month, Instant now) {
        if (month == null || month.isBefore(EARLIEST) || month.isAfter(QualityRules.month(now))) {
            throw new InvalidField("month", "quality.month-range");
        }
        JobClaim.hold(em, JOB);
        return recomputeMonth(month);
    }

    private int recomputeMonth(YearMonth month) {
        return (int) Columns.number(em.createNativeQuery("SELECT quality_recompute(?1::date)")
                .setParameter(1, QualityRules.firstDay(month).toString()).getSingleResult());
    }

    private int warn(YearMonth current) {
        YearMonth quarter = YearMonth.of(current.getYear(), ((current.getMonthValue() - 1) / 3) * 3 + 1);
        int month = em.createNativeQuery(MONTH_WARNINGS).setParameter(1, QualityRules.firstDay(current).toString()).executeUpdate();
        int quarterly = em.createNativeQuery(QUARTER_WARNINGS).setParameter(1, QualityRules.firstDay(quarter).toString()).executeUpdate();
        return month + quarterly;
    }

    /** Outlets on the watch list over the last complete months go onto the replacement-candidate list, once while open. */
    private int nominateWatched(YearMonth current) {
        int added = 0;
        for (Scorecards.Watched watched : scorecards.watchList(current)) {
            String reason = RuleTexts.format("consequence.quality", RECORD, watched.from().toString(), watched.to().toString(),
                    percent(watched.row().counts().complaintRate()), percent(watched.row().counts().omissionRate()),
                    percent(watched.row().counts().dissatisfactionRate()));
            added += em.createNativeQuery("INSERT INTO replacement_candidate (outlet_id, source, reason, raised_by, raised_at) "
                            + "VALUES (?1, 'QUALITY', ?2, ?3, now()) ON CONFLICT (outlet_id) WHERE resolved_at IS NULL DO NOTHING")
                    .setParameter(1, watched.row().outletId()).setParameter(2, reason).setParameter(3, tenant.callerName()).executeUpdate();
        }
        return added;
    }

    static String percent(java.math.BigDecimal share) {
        return share == null ? "–" : share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
