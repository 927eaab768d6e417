package com.servicenet.web.consumer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counter's QR code: the consumer page's exact URL, as a PNG and as a one-page PDF whose image decodes to it too. */
class ConsumerLinksTest {

    private static final String CODE = "0123456789abcdef0123456789abcdef";

    private static ConsumerLinks links(String base) {
        ConsumerLinks links = new ConsumerLinks();
        links.publicUrl = base;
        return links;
    }

    @Test
    void theUrlIsTheConsumerPageOfTheOutletsPublicCode() {
        assertEquals("https://service.example.cn/tenant-web/service.xhtml?code=" + CODE, links("https://service.example.cn/").serviceUrl(CODE));
        assertEquals("http://localhost:8080/tenant-web/service.xhtml?code=" + CODE, links("http://localhost:8080").serviceUrl(CODE));
    }

    @Test
    void thePngDecodesToTheUrl() throws Exception {
        ConsumerLinks links = links("https://service.example.cn");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(links.png(CODE)));
        assertEquals(ConsumerLinks.QR_SIZE, image.getWidth());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        assertEquals(links.serviceUrl(CODE), decode(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }

    @Test
    void thePdfIsOnePageWhoseImageDecodesToTheUrlAndWhoseCrossReferencesHold() throws Exception {
        ConsumerLinks links = links("https://service.example.cn");
        byte[] pdf = links.pdf(CODE, "Scan (to check) this outlet");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n"));
        assertTrue(text.endsWith("%%EOF\n"));
        assertTrue(text.contains("/Count 1"));
        assertTrue(text.contains("(Scan \\(to check\\) this outlet) Tj"), "the caption, escaped");
        assertTrue(text.contains("(" + links.serviceUrl(CODE) + ") Tj"), "the URL printed under the code");
        // every cross-reference points at its object
        int xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")).strip());
        assertTrue(text.startsWith("xref\n0 7\n", xref), text.substring(xref, Math.min(text.length(), xref + 20)));
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
        int number = 0;
        while (entry.find()) {
            number++;
            assertTrue(text.startsWith(number + " 0 obj\n", Integer.parseInt(entry.group(1))), "object " + number);
        }
        assertEquals(6, number);
        // the image: 8-bit gray, Flate, of the size it says; its pixels decode to the URL
        Matcher image = Pattern.compile("/Width (\\d+) /Height (\\d+) .*?/Length (\\d+) >>\nstream\n").matcher(text);
        assertTrue(image.find());
        int width = Integer.parseInt(image.group(1));
        int height = Integer.parseInt(image.group(2));
        int length = Integer.parseInt(image.group(3));
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, image.end(), length);
        ByteArrayOutputStream gray = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            gray.write(buffer, 0, inflater.inflate(buffer));
        }
        assertEquals(width * height, gray.size());
        assertEquals(links.serviceUrl(CODE), decode(new PlanarYUVLuminanceSource(gray.toByteArray(), width, height, 0, 0, width, height, false)));
    }

    private static String decode(LuminanceSource source) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
