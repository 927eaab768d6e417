package com.servicenet.web.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BundleCheckTest {

    private static final String SAMPLE = "/com/servicenet/web/i18n/check/sample";

    @Test
    void aMissingAnExtraAndABlankTextAreEachReported() {
        assertEquals(List.of("b missing in _zh_CN", "c only in _zh_TW", "b blank in _zh_TW"), BundleCheck.parity(BundleCheckTest.class, SAMPLE));
    }
}
