package com.servicenet.audits.entity;

import com.servicenet.rules.InvalidField;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A file as received, checked by its bytes: the type is what the content is (JPEG, PNG, WebP, or for a
 * receipt a PDF), never what the name or the client's Content-Type claims; the size is capped; the name is
 * only a label and must not look like a path.
 */
public record Upload(String fileName, String mediaType, int size, String sha256, byte[] bytes) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N} ._()\\-]{1,120}");

    public static Upload of(String fileName, byte[] bytes, boolean imagesOnly) {
        String name = checkedName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidField("file", "upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidField("file", "upload.too-large", MAX_BYTES / (1024 * 1024));
        }
        String type = sniff(bytes);
        if (type == null || (imagesOnly && !type.startsWith("image/"))) {
            throw new InvalidField("file", imagesOnly ? "upload.not-image" : "upload.type-refused");
        }
        return new Upload(name, type, bytes.length, sha256(bytes), bytes);
    }

    /** Refuses rather than cleans: a name with a path in it is a client doing something it should not. */
    static String checkedName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidField("fileName", "upload.name-required");
        }
        String name = fileName.strip();
        if (name.contains("..") || name.startsWith(".") || !SAFE_NAME.matcher(name).matches()) {
            throw new InvalidField("fileName", "upload.name-refused");
        }
        return name;
    }

    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
