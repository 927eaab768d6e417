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

    @Test
    void anArgumentBeyondThoseGivenAndAMalformedPatternAreReported() {
        String base = "/com/servicenet/web/i18n/check/formats";
        List<String> two = BundleCheck.formats(BundleCheckTest.class, base, 2);
        assertEquals(java.util.Set.of("two in ", "two in _zh_CN", "two in _zh_TW"),
                two.stream().filter(p -> p.startsWith("two")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(3, two.stream().filter(p -> p.startsWith("four in ")).count(), two.toString());
        assertEquals(6, two.size(), two.toString());
        List<String> three = BundleCheck.formats(BundleCheckTest.class, base, 3);
        assertEquals(3, three.size(), "with three arguments only the malformed texts remain: " + three);
    }

    @Test
    void theKeysAPageNamesThroughItsVariableOnlyWithRepeats() throws java.net.URISyntaxException {
        java.nio.file.Path page = java.nio.file.Path.of(BundleCheckTest.class.getResource("/com/servicenet/web/i18n/check/page.xhtml").toURI());
        assertEquals(List.of("a", "b.c-d", "a"), BundleCheck.keysNamed(page, "xmsg"));
        assertEquals(List.of("x"), BundleCheck.keysNamed(page, "msg"));
    }

    @Test
    void theKeysSourcesPassToTextWithTheirFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("sub"));
        java.nio.file.Files.writeString(dir.resolve("AView.java"),
                "class AView { String a = text(\"page.title\"); String b = text(\"plain\"); String c = text(\"row.count\", 3); }");
        java.nio.file.Files.writeString(dir.resolve("sub/BView.java"), "class BView { String a = text(\"page.title\"); }");
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "text(\"not.java\")");
        assertEquals(List.of("page.title in AView.java", "row.count in AView.java", "page.title in BView.java"),
                BundleCheck.keysInSources(dir).stream().map(BundleCheck.Use::toString).toList());
    }
}
