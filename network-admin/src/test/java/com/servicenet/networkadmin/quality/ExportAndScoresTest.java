package com.servicenet.networkadmin.quality;

import com.servicenet.audits.control.TrendPoint;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.quality.control.RankingRow;
import com.servicenet.quality.entity.QualityCounts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The ranking export's cells and quoting, and the scorecard's audit means. */
class ExportAndScoresTest {

    @Test
    void aRankingRowBecomesTheExportsCellsInTheReadersLanguage() {
        RankingRow row = new RankingRow(7, "SH-PD-01", "上海浦东, 佳修", "ACTIVE", 3L, new LocalizedName("Shanghai", "上海", "上海"),
                new QualityCounts(8, 10, 2, 1, 4, 1, 1, 0, 1), new BigDecimal("0.5750"), 24, 24, 10, 10, false);
        Object[] cells = RankingExportServlet.cells(row, Locale.ENGLISH);
        assertEquals(RankingExportServlet.COLUMNS.length, cells.length);
        assertEquals(Arrays.asList(24L, "SH-PD-01", "上海浦东, 佳修", "ACTIVE", "Shanghai", 10L, 8L, 10L, 2L, 1L, 4L, 1L),
                Arrays.asList(cells).subList(0, 12));
        assertEquals(List.of(new BigDecimal("0.1250"), new BigDecimal("0.2000"), new BigDecimal("0.2500")), Arrays.asList(cells).subList(12, 15));
        assertEquals("上海", RankingExportServlet.cells(row, Locale.SIMPLIFIED_CHINESE)[4]);
        assertNull(RankingExportServlet.cells(new RankingRow(1, "X", "Y", "ACTIVE", null, null, QualityCounts.NONE, BigDecimal.ZERO,
                1, 1, 1, 1, false), Locale.ENGLISH)[12], "a rate not measured is an empty cell");
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("plain", RankingExportServlet.csv("plain"));
        assertEquals("\"a, b\"", RankingExportServlet.csv("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", RankingExportServlet.csv("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", RankingExportServlet.csv("=HYPERLINK(1)"));
        assertEquals("\"'-1\"", RankingExportServlet.csv("-1"));
    }

    @Test
    void theAuditScoreIsTheMeanOfTheAuditsNotOfTheMonths() {
        YearMonth may = YearMonth.of(2026, 5);
        List<TrendPoint> points = List.of(new TrendPoint(may, AuditKind.SPOT_CHECK, 3, new BigDecimal("90")),
                new TrendPoint(may.plusMonths(1), AuditKind.SPOT_CHECK, 1, new BigDecimal("50")),
                new TrendPoint(may.plusMonths(1), AuditKind.MYSTERY_SHOP, 0, null));
        assertEquals(new BigDecimal("80.00"), ScorecardView.mean(points, AuditKind.SPOT_CHECK));
        assertNull(ScorecardView.mean(points, AuditKind.MYSTERY_SHOP), "no mystery shop: not measured");
    }
}
