package com.servicenet.quality.entity;

import com.servicenet.rules.InvalidField;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What free texts and phone numbers of complaints accept. */
class QualityTextTest {

    @Test
    void textIsTrimmedBlankIsAbsentAndLinesStay() {
        assertEquals("等了两周\n还没修好", QualityText.optional("  等了两周\n还没修好 ", "description", 2000));
        assertNull(QualityText.optional(" \t ", "description", 2000));
    }

    @Test
    void controlCharactersAreRefusedAtTheirField() {
        for (String text : new String[] {"a\u0000b", "bell\u0007", "esc\u001b[0m", "del\u007f"}) {
            InvalidField refused = assertThrows(InvalidField.class, () -> QualityText.optional(text, "description", 2000), text);
            assertEquals("description", refused.field());
        }
    }

    @Test
    void aComplaintTakesEveryPhoneARepairTakes() {
        for (String phone : new String[] {"+(86)13800000000", "12345", "139 0000 0002", "021-6000 1234"}) {
            assertEquals(phone, ComplaintContact.phone(phone));
        }
        for (String phone : new String[] {"1234", "call me", "13800000000x"}) {
            assertThrows(InvalidField.class, () -> ComplaintContact.phone(phone), phone);
        }
    }
}
