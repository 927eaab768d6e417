package com.servicenet.csv;

import java.util.ArrayList;
import java.util.List;

/** The CSV dialect of imports and exports: comma-separated, double quotes around fields that need them (RFC 4180). */
public final class Csv {

    private Csv() {
    }

    public static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** A field as CSV writes it: quoted when it holds a comma, a quote or a line break. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Whether a file's first line is the expected header, whatever its case and a byte-order mark a spreadsheet left. */
    public static boolean isHeader(String line, String header) {
        return line != null && header.equals(line.strip().replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT));
    }
}
