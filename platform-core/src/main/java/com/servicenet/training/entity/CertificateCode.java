package com.servicenet.training.entity;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code on a technician's card and in its QR code: 20 characters of Crockford's base 32 from a
 * {@link SecureRandom}, 100 bits, so that valid codes cannot be guessed or enumerated.
 */
public final class CertificateCode {

    public static final int LENGTH = 20;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether a text could be a code at all (upper-cased, Crockford's look-alikes I, L → 1 and O → 0 read as meant). */
    public static String normalized(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().toUpperCase(java.util.Locale.ROOT).replace('I', '1').replace('L', '1').replace('O', '0');
    }

    public static boolean wellFormed(String normalized) {
        return FORMAT.matcher(normalized).matches();
    }
}
