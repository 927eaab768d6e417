package com.servicenet.networkadmin.quality;

import com.servicenet.network.entity.OutletStatus;
import com.servicenet.quality.control.RankingFilter;
import com.servicenet.quality.control.RankingRow;
import com.servicenet.quality.control.Scorecards;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.PageParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The whole ranking of a filter as CSV or Excel, for HQ only (web.xml): {@code /quality/ranking.csv} or
 * {@code /quality/ranking.xlsx}, with {@code from}, {@code to} (yyyy-MM), optional {@code province} and
 * {@code watched=true}, as the ranking page's links carry them. The rows come from the database's cursor
 * (Scorecards.exportRanking) straight into the response: the CSV never holds the network in memory; the Excel
 * workbook keeps 100 rows in memory and the rest in POI's temporary file until it is written.
 */
@WebServlet({"/quality/ranking.csv", "/quality/ranking.xlsx"})
public class RankingExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String[] COLUMNS = {"network_rank", "outlet_code", "outlet_name", "status", "province", "province_rank", "closed",
        "requests", "missed", "complaints", "callbacks", "dissatisfied", "complaint_rate", "omission_rate", "dissatisfaction_rate",
        "overcharged", "charged_in_warranty", "repeats", "quality_index", "watched"};

    @Inject
    Scorecards scorecards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RankingFilter filter;
        try {
            String province = request.getParameter("province");
            Long provinceId = province == null || province.isBlank() ? null : PageParameters.id(province);
            if (province != null && !province.isBlank() && provinceId == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            String status = request.getParameter("status");
            filter = new RankingFilter(Months.parse(request.getParameter("from")), Months.parse(request.getParameter("to")), provinceId,
                    status == null || status.isBlank() ? null : OutletStatus.valueOf(status), "true".equals(request.getParameter("watched")));
        } catch (RuleViolation | IllegalArgumentException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = request.getLocale();
        String name = "ranking-" + filter.from() + "-" + filter.to();
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getServletPath().endsWith(".csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), UTF_8), 1 << 16);
            writer.write(String.join(",", COLUMNS) + "\n");
            scorecards.exportRanking(filter, row -> line(writer, cells(row, locale)));
            writer.flush();
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
                Sheet sheet = workbook.createSheet("ranking");
                Row header = sheet.createRow(0);
                for (int i = 0; i < COLUMNS.length; i++) {
                    header.createCell(i).setCellValue(COLUMNS[i]);
                }
                int[] next = {1};
                scorecards.exportRanking(filter, row -> {
                    Row line = sheet.createRow(next[0]++);
                    Object[] cells = cells(row, locale);
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i] instanceof Number number) {
                            line.createCell(i).setCellValue(number.doubleValue());
                        } else if (cells[i] != null) {
                            line.createCell(i).setCellValue(cells[i].toString());
                        }
                    }
                });
                workbook.write(response.getOutputStream());
                workbook.dispose();
            }
        }
    }

    /** One row's values in the order of {@link #COLUMNS}; a rate not measured is null (an empty cell). */
    static Object[] cells(RankingRow r, Locale locale) {
        return new Object[] {r.networkRank(), r.outletCode(), r.outletName(), r.outletStatus(),
            r.province() == null ? null : r.province().in(locale), r.provinceRank(), r.counts().closed(), r.counts().requests(),
            r.counts().missed(), r.counts().complaints(), r.counts().callbacks(), r.counts().dissatisfied(), r.counts().complaintRate(),
            r.counts().omissionRate(), r.counts().dissatisfactionRate(), r.counts().overcharged(), r.counts().chargedInWarranty(),
            r.counts().repeats(), r.qualityIndex(), String.valueOf(r.watched())};
    }

    private static void line(Writer writer, Object[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells[i];
            line.append(cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell instanceof Number ? cell.toString() : csv(cell.toString()));
        }
        try {
            writer.write(line.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting, and a leading =, +, - or @ defused so a spreadsheet does not run it as a formula. */
    static String csv(String text) {
        String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("'")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
