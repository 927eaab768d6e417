package com.servicenet.audits.entity;

import com.servicenet.rules.InvalidField;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void theTypeIsWhatTheBytesAre() {
        assertEquals("image/png", Upload.of("receipt.jpg", PNG, true).mediaType());
        assertEquals("image/jpeg", Upload.of("photo", JPEG, true).mediaType());
        assertEquals("application/pdf", Upload.of("receipt.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), false).mediaType());
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        InvalidField refused = assertThrows(InvalidField.class,
                () -> Upload.of("photo.jpg", "<?php echo 1; ?>".getBytes(StandardCharsets.US_ASCII), true));
        assertEquals("upload.not-image", refused.key());
        assertEquals("upload.not-image", assertThrows(InvalidField.class,
                () -> Upload.of("receipt.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), true)).key(), "a photo is an image");
    }

    @Test
    void tooLargeIsRefused() {
        byte[] big = new byte[Upload.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        assertEquals("upload.too-large", assertThrows(InvalidField.class, () -> Upload.of("big.jpg", big, true)).key());
    }

    @Test
    void pathsInNamesAreRefused() {
        for (String name : new String[] {"../../etc/passwd", "..\\boot.ini", "a/b.jpg", "/abs.jpg", ".hidden.jpg", "x\u0000.jpg", "c:\\x.jpg"}) {
            assertEquals("upload.name-refused", assertThrows(InvalidField.class, () -> Upload.of(name, PNG, true)).key(), name);
        }
        assertEquals("收据 (1).png", Upload.of("收据 (1).png", PNG, true).fileName());
    }

    @Test
    void theDigestIsOfTheBytes() {
        assertEquals(64, Upload.of("a.png", PNG, true).sha256().length());
    }
}
