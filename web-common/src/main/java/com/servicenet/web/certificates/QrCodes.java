package com.servicenet.web.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes as PNG data URIs, so a page (and its print) carries the image itself, as PNG bytes, and as a one-page
 * PDF to print: drawn with zxing's encoder and java.awt (headless; no display, no zxing javase artifact).
 */
public final class QrCodes {

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCodes() {
    }

    /** A square PNG of {@code size} pixels encoding the text, with error correction M and a quiet zone. */
    public static byte[] png(String text, int size) {
        BufferedImage image = image(text, size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A one-page PDF (A5, portrait) with the QR code of the text, about 9 cm wide, and under it the caption lines
     * in Helvetica (printable ASCII only; anything else becomes "?"). Written by hand: the page needs one image and
     * a few words, not a PDF library.
     */
    public static byte[] pdf(String text, int size, java.util.List<String> caption) {
        BufferedImage image = image(text, size);
        byte[] gray = new byte[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                gray[y * image.getWidth() + x] = (byte) ((image.getRGB(x, y) & 0xFF) > 127 ? 0xFF : 0x00);
            }
        }
        return OnePagePdf.write(image.getWidth(), image.getHeight(), deflate(gray), caption);
    }

    private static byte[] deflate(byte[] bytes) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static BufferedImage image(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("text does not fit a QR code", tooLong);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        return image;
    }

    /** {@code data:image/png;base64,...} for an {@code <img src>}. */
    public static String pngDataUri(String text, int size) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
    }
}
