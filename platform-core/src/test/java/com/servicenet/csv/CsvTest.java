package com.servicenet.csv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        assertArrayEquals(new String[] {"GD-GZ-TH", "GD-GZ", "Tianhe", "天河区", "天河區", "含珠江新城, 体育中心 \"核心区\""},
                Csv.fields("GD-GZ-TH,GD-GZ,Tianhe,天河区,天河區,\"含珠江新城, 体育中心 \"\"核心区\"\"\""));
        assertArrayEquals(new String[] {"GD", "", "Guangdong", "广东省", "廣東省", ""}, Csv.fields("GD,,Guangdong,广东省,廣東省,"));
    }

    @Test
    void aHeaderIsRecognisedWhateverItsCaseAndByteOrderMark() {
        assertTrue(Csv.isHeader("\uFEFFKind,Category ", "kind,category"));
        assertFalse(Csv.isHeader("kind;category", "kind,category"));
        assertFalse(Csv.isHeader(null, "kind,category"), "an empty file");
    }
}
