package com.servicenet.quality.control;

import com.servicenet.audits.control.AuditResults;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.persistence.Columns;
import com.servicenet.persistence.Moments;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.QualityCounts;
import com.servicenet.quality.entity.QualityRules;
import com.servicenet.quality.entity.QualitySettings;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.control.Compliance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scorecards, the network ranking, the watch list and HQ's dashboard, all read from the monthly counts that
 * {@link QualityRollup} keeps (quality_month): one outlet's 12 months are 12 rows, the ranking of 10,000 outlets
 * over a quarter 30,000. An outlet reads its own scorecard and its rank (quality_rank), never another's figures.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Scorecards {

    /** Months of trend on a scorecard. */
    public static final int TREND_MONTHS = 12;
    static final int MOST_PER_PAGE = 500;
    private static final int EXPORT_FETCH = 1000;

    private static final String COUNTS = "closed, requests, missed, complaints, callbacks, dissatisfied, overcharged, charged_in_warranty, repeats";
    private static final String RANKING = "SELECT r.outlet_id, o.code, o.legal_name, o.status, r.province_id, p.name_en, p.name_zh_cn, p.name_zh_tw, "
            + "r.closed, r.requests, r.missed, r.complaints, r.callbacks, r.dissatisfied, r.overcharged, r.charged_in_warranty, r.repeats, "
            + "r.quality_index, r.network_rank, r.network_size, r.province_rank, r.province_size, "
            + "(r.closed >= s.watch_min_closed AND (r.complaints::numeric / nullif(r.closed, 0) > s.watch_complaint_rate "
            + "  OR r.missed::numeric / nullif(r.requests, 0) > s.watch_omission_rate "
            + "  OR r.dissatisfied::numeric / nullif(r.callbacks, 0) > s.watch_dissatisfaction_rate)) IS TRUE AS watched, "
            + "count(*) OVER () "
            + "FROM quality_ranking(?1, ?2) r JOIN outlet o ON o.id = r.outlet_id LEFT JOIN region p ON p.id = r.province_id "
            + "CROSS JOIN quality_setting s ";

    /** One page of the ranking and how many rows the filter gives in all. */
    public record Page(List<RankingRow> rows, long total) implements java.io.Serializable {
    }

    /** An outlet on the watch list, with the period it was judged over. */
    public record Watched(RankingRow row, YearMonth from, YearMonth to) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Compliance compliance;

    @Inject
    AuditResults audits;

    /** The caller's own outlet's scorecard. */
    public Scorecard own(YearMonth until) {
        return scorecard(tenant.requireOutletId(), until);
    }

    public Scorecard scorecard(long outletId, YearMonth until) {
        List<?> outlet = em.createNativeQuery("SELECT code, legal_name, status FROM outlet WHERE id = ?1").setParameter(1, outletId).getResultList();
        if (outlet.isEmpty()) {
            throw new RuleViolation("outlet.unknown", outletId);
        }
        Object[] o = (Object[]) outlet.get(0);
        QualitySettings settings = QualityPolicy.settings(em);
        YearMonth from = until.minusMonths(settings.watchMonths() - 1L);
        YearMonth first = until.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, QualityCounts> months = new HashMap<>();
        Instant computedAt = null;
        for (Object row : em.createNativeQuery("SELECT month, " + COUNTS + ", computed_at FROM quality_month "
                        + "WHERE outlet_id = ?1 AND month >= ?2 AND month <= ?3")
                .setParameter(1, outletId).setParameter(2, QualityRules.firstDay(first)).setParameter(3, QualityRules.firstDay(until))
                .getResultList()) {
            Object[] r = (Object[]) row;
            months.put(YearMonth.from(Columns.date(r[0])), counts(r, 1));
            Instant at = Columns.instant(r[10]);
            computedAt = computedAt == null || at.isAfter(computedAt) ? at : computedAt;
        }
        List<MonthPoint> trend = new ArrayList<>();
        QualityCounts period = QualityCounts.NONE;
        for (YearMonth month = first; !month.isAfter(until); month = month.plusMonths(1)) {
            QualityCounts counts = months.getOrDefault(month, QualityCounts.NONE);
            trend.add(new MonthPoint(month, counts));
            if (!month.isBefore(from)) {
                period = period.plus(counts);
            }
        }
        List<?> ranks = em.createNativeQuery("SELECT network_rank, network_size, province_rank, province_size FROM quality_rank(?1, ?2, ?3)")
                .setParameter(1, outletId).setParameter(2, QualityRules.firstDay(from)).setParameter(3, QualityRules.firstDay(until))
                .getResultList();
        Scorecard.Rank rank = Scorecard.Rank.NONE;
        if (!ranks.isEmpty()) {
            Object[] r = (Object[]) ranks.get(0);
            rank = new Scorecard.Rank(Columns.nullableNumber(r[0]), Columns.nullableNumber(r[1]), Columns.nullableNumber(r[2]),
                    Columns.nullableNumber(r[3]));
        }
        return new Scorecard(outletId, (String) o[0], (String) o[1], (String) o[2], from, until, period, rank, trend,
                audits.trend(outletId, until, TREND_MONTHS), compliance.outlet(outletId), onWatchList(outletId, settings), computedAt);
    }

    /**
     * Whether the outlet is on the watch list now: judged, as the list is, over the last complete months, whatever
     * period the scorecard shows.
     */
    private boolean onWatchList(long outletId, QualitySettings settings) {
        YearMonth to = QualityRules.month(Moments.now()).minusMonths(1);
        YearMonth from = to.minusMonths(settings.watchMonths() - 1L);
        Object[] r = (Object[]) em.createNativeQuery("SELECT " + sums() + " FROM quality_month WHERE outlet_id = ?1 AND month >= ?2 AND month <= ?3")
                .setParameter(1, outletId).setParameter(2, QualityRules.firstDay(from)).setParameter(3, QualityRules.firstDay(to))
                .getSingleResult();
        return r[0] != null && watched(counts(r, 0), settings);
    }

    /** The rule of the watch list, for one outlet's counts (the ranking applies the same in SQL). */
    static boolean watched(QualityCounts counts, QualitySettings settings) {
        if (counts.closed() < settings.watchMinClosed()) {
            return false;
        }
        return above(counts.complaints(), counts.closed(), settings.watchComplaintRate())
                || above(counts.missed(), counts.requests(), settings.watchOmissionRate())
                || above(counts.dissatisfied(), counts.callbacks(), settings.watchDissatisfactionRate());
    }

    private static boolean above(long part, long whole, BigDecimal threshold) {
        return whole > 0 && BigDecimal.valueOf(part).compareTo(threshold.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    /** HQ: a page of the ranking, best first. */
    public Page ranking(RankingFilter filter, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Query query = em.createNativeQuery(RANKING + where + "ORDER BY r.network_rank OFFSET " + Math.max(0, first)
                + " LIMIT " + Math.max(1, Math.min(max, MOST_PER_PAGE)));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<RankingRow> rows = new ArrayList<>();
        long total = 0;
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            rows.add(row(r));
            total = Columns.number(r[23]);
        }
        if (rows.isEmpty() && first > 0) {
            total = ranking(filter, 0, 1).total();
        }
        return new Page(rows, total);
    }

    /**
     * HQ: every row of the ranking, handed to {@code sink} as the database sends them (a cursor of
     * {@value #EXPORT_FETCH} rows at a time), so an export never holds the whole network in memory.
     */
    public void exportRanking(RankingFilter filter, Consumer<RankingRow> sink) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        String sql = (RANKING + where + "ORDER BY r.network_rank").replaceAll("\\?\\d+", "?");
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(EXPORT_FETCH);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet results = statement.executeQuery()) {
                int columns = results.getMetaData().getColumnCount();
                Object[] r = new Object[columns];
                while (results.next()) {
                    for (int i = 0; i < columns; i++) {
                        r[i] = results.getObject(i + 1);
                    }
                    sink.accept(row(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ranking export failed", e);
        }
    }

    private static String where(RankingFilter filter, List<Object> parameters) {
        parameters.add(QualityRules.firstDay(filter.from()));
        parameters.add(QualityRules.firstDay(filter.to()));
        StringBuilder where = new StringBuilder("WHERE true ");
        if (filter.provinceId() != null) {
            parameters.add(filter.provinceId());
            where.append("AND r.province_id = ?").append(parameters.size()).append(' ');
        }
        if (filter.status() != null) {
            parameters.add(filter.status().name());
            where.append("AND o.status = ?").append(parameters.size()).append(' ');
        }
        if (filter.watchedOnly()) {
            where.append("AND r.closed >= s.watch_min_closed AND (r.complaints::numeric / nullif(r.closed, 0) > s.watch_complaint_rate "
                    + "OR r.missed::numeric / nullif(r.requests, 0) > s.watch_omission_rate "
                    + "OR r.dissatisfied::numeric / nullif(r.callbacks, 0) > s.watch_dissatisfaction_rate) ");
        }
        return where.toString();
    }

    /** The watch list: outlets whose rates over the last complete months (HQ's watch months) cross a threshold. */
    public List<Watched> watchList(YearMonth current) {
        QualitySettings settings = QualityPolicy.settings(em);
        YearMonth to = current.minusMonths(1);
        YearMonth from = to.minusMonths(settings.watchMonths() - 1L);
        RankingFilter filter = new RankingFilter(from, to, null, null, true);
        List<Watched> watched = new ArrayList<>();
        exportRanking(filter, row -> watched.add(new Watched(row, from, to)));
        return watched;
    }

    /** The provinces, for filters. */
    public List<Province> provinces() {
        List<Province> provinces = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, name_en, name_zh_cn, name_zh_tw FROM region "
                + "WHERE level = 'PROVINCE' AND retired_at IS NULL ORDER BY code").getResultList()) {
            Object[] r = (Object[]) row;
            provinces.add(new Province(Columns.number(r[0]), new LocalizedName((String) r[1], (String) r[2], (String) r[3])));
        }
        return provinces;
    }

    public record Province(long id, LocalizedName name) implements java.io.Serializable {
    }

    /** HQ's dashboard over the last {@code months} months up to {@code until}. */
    public Dashboard dashboard(YearMonth until, int months) {
        YearMonth from = until.minusMonths(months - 1L);
        LocalDate fromDay = QualityRules.firstDay(from);
        LocalDate toDay = QualityRules.firstDay(until);
        Map<YearMonth, QualityCounts> byMonth = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT month, " + sums() + " FROM quality_month WHERE month >= ?1 AND month <= ?2 GROUP BY month")
                .setParameter(1, fromDay).setParameter(2, toDay).getResultList()) {
            Object[] r = (Object[]) row;
            byMonth.put(YearMonth.from(Columns.date(r[0])), counts(r, 1));
        }
        List<MonthPoint> network = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(until); month = month.plusMonths(1)) {
            network.add(new MonthPoint(month, byMonth.getOrDefault(month, QualityCounts.NONE)));
        }
        List<Dashboard.Province> provinces = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT r.province_id, p.name_en, p.name_zh_cn, p.name_zh_tw, count(*), "
                        + "sum(r.closed), sum(r.requests), sum(r.missed), sum(r.complaints), sum(r.callbacks), sum(r.dissatisfied), "
                        + "sum(r.overcharged), sum(r.charged_in_warranty), sum(r.repeats) "
                        + "FROM quality_ranking(?1, ?2) r LEFT JOIN region p ON p.id = r.province_id "
                        + "GROUP BY r.province_id, p.code, p.name_en, p.name_zh_cn, p.name_zh_tw ORDER BY p.code NULLS LAST")
                .setParameter(1, fromDay).setParameter(2, toDay).getResultList()) {
            Object[] r = (Object[]) row;
            provinces.add(new Dashboard.Province(Columns.nullableNumber(r[0]),
                    r[1] == null ? null : new LocalizedName((String) r[1], (String) r[2], (String) r[3]), Columns.number(r[4]), counts(r, 5)));
        }
        List<Dashboard.CategoryCount> categories = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT category, count(*) FROM complaint WHERE received_at >= ?1 AND received_at < ?2 "
                        + "AND status <> 'REJECTED' GROUP BY category ORDER BY count(*) DESC, category")
                .setParameter(1, java.sql.Timestamp.from(QualityRules.start(from)))
                .setParameter(2, java.sql.Timestamp.from(QualityRules.start(until.plusMonths(1)))).getResultList()) {
            Object[] r = (Object[]) row;
            categories.add(new Dashboard.CategoryCount(ComplaintCategory.valueOf((String) r[0]), Columns.number(r[1])));
        }
        Object[] open = (Object[]) em.createNativeQuery("SELECT (SELECT count(*) FROM callback WHERE status = 'OPEN'), "
                + "(SELECT count(*) FROM complaint WHERE closed_at IS NULL), "
                + "(SELECT count(*) FROM complaint WHERE closed_at IS NULL AND due_at < now()), "
                + "(SELECT count(*) FROM fault_warning WHERE acknowledged_at IS NULL)").getSingleResult();
        long watched = watchList(QualityRules.month(Moments.now())).size();
        return new Dashboard(from, until, network, provinces, categories, Columns.number(open[0]), Columns.number(open[1]),
                Columns.number(open[2]), Columns.number(open[3]), watched);
    }

    private static String sums() {
        StringBuilder sums = new StringBuilder();
        for (String column : COUNTS.split(", ")) {
            sums.append(sums.length() == 0 ? "" : ", ").append("sum(").append(column).append(')');
        }
        return sums.toString();
    }

    private static QualityCounts counts(Object[] r, int at) {
        return new QualityCounts(Columns.number(r[at]), Columns.number(r[at + 1]), Columns.number(r[at + 2]), Columns.number(r[at + 3]),
                Columns.number(r[at + 4]), Columns.number(r[at + 5]), Columns.number(r[at + 6]), Columns.number(r[at + 7]),
                Columns.number(r[at + 8]));
    }

    private static RankingRow row(Object[] r) {
        return new RankingRow(Columns.number(r[0]), (String) r[1], (String) r[2], (String) r[3], Columns.nullableNumber(r[4]),
                r[5] == null ? null : new LocalizedName((String) r[5], (String) r[6], (String) r[7]), counts(r, 8),
                (BigDecimal) r[17], Columns.number(r[18]), Columns.number(r[19]), Columns.number(r[20]), Columns.number(r[21]),
                Boolean.TRUE.equals(r[22]));
    }
}
