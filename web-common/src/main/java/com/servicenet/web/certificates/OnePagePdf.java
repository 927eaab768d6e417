package com.servicenet.web.certificates;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest PDF 1.4 file that prints one image with a caption: catalog, one A5 page, one 8-bit gray image
 * (Flate-compressed), Helvetica for the caption, and a cross-reference table with the exact byte offsets.
 */
final class OnePagePdf {

    /** A5 in points. */
    private static final int PAGE_WIDTH = 420;
    private static final int PAGE_HEIGHT = 595;
    /** The image's side on paper: 255 pt, about 9 cm. */
    private static final int IMAGE_SIDE = 255;

    private OnePagePdf() {
    }

    static byte[] write(int width, int height, byte[] deflatedGray, List<String> caption) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        ascii(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        object(out, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        object(out, offsets, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        object(out, offsets, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT + "] "
                + "/Resources << /XObject << /Im1 4 0 R >> /Font << /F1 5 0 R >> >> /Contents 6 0 R >>");
        offsets.add(out.size());
        ascii(out, "4 0 obj\n<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " + deflatedGray.length + " >>\nstream\n");
        out.writeBytes(deflatedGray);
        ascii(out, "\nendstream\nendobj\n");
        object(out, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        int x = (PAGE_WIDTH - IMAGE_SIDE) / 2;
        int y = PAGE_HEIGHT - 90 - IMAGE_SIDE;
        StringBuilder content = new StringBuilder("q " + IMAGE_SIDE + " 0 0 " + IMAGE_SIDE + " " + x + " " + y + " cm /Im1 Do Q\n");
        int line = y - 30;
        for (String text : caption) {
            content.append("BT /F1 ").append(line == y - 30 ? 14 : 8).append(" Tf 40 ").append(line).append(" Td (")
                    .append(escaped(text)).append(") Tj ET\n");
            line -= 18;
        }
        object(out, offsets, "<< /Length " + (content.length() - 1) + " >>\nstream\n" + content + "endstream");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        ascii(out, table.toString());
        return out.toByteArray();
    }

    private static void object(ByteArrayOutputStream out, List<Integer> offsets, String body) {
        offsets.add(out.size());
        ascii(out, offsets.size() + " 0 obj\n" + body + "\nendobj\n");
    }

    /** Printable ASCII with PDF's string escapes; anything else as "?". */
    static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c >= 32 && c < 127 ? c : '?');
            }
        }
        return escaped.toString();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
