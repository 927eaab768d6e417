package com.servicenet.networkadmin.network;

import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.OutletFilter;
import com.servicenet.network.control.OutletRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes the whole filtered outlet list, page by page from the database, so that 10,000 outlets export
 * exactly and in constant memory. (PrimeFaces' exporter on a lazy table loses or repeats rows past its
 * buffer; see docs/decisions.md.)
 */
final class OutletExport {

    private static final int BATCH = 1000;

    private final OutletDirectory directory;
    private final OutletFilter filter;
    private final List<String> headers;
    private final Function<OutletRow, List<String>> cells;

    OutletExport(OutletDirectory directory, OutletFilter filter, List<String> headers, Function<OutletRow, List<String>> cells) {
        this.directory = directory;
        this.filter = filter;
        this.headers = headers;
        this.cells = cells;
    }

    /** UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese names right. */
    void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, UTF_8);
        writer.write('\uFEFF');
        writer.write(csvLine(headers));
        forEachRow(row -> {
            try {
                writer.write(csvLine(cells.apply(row)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** A streaming workbook: only a window of rows is ever in memory. */
    void xlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("outlets");
            int[] next = {0};
            write(sheet.createRow(next[0]++), headers);
            forEachRow(row -> write(sheet.createRow(next[0]++), cells.apply(row)));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void forEachRow(Consumer<OutletRow> sink) {
        for (int first = 0; ; first += BATCH) {
            List<OutletRow> page = directory.page(filter, "code", true, first, BATCH);
            page.forEach(sink);
            if (page.size() < BATCH) {
                return;
            }
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
        }
    }

    static String csvLine(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i);
            if (i > 0) {
                line.append(',');
            }
            // quote what needs it, and defuse spreadsheet formulas in text a user typed
            if (value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")) {
                value = "'" + value;
            }
            line.append(value.matches(".*[\",\\r\\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return line.append("\r\n").toString();
    }
}
