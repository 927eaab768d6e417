package com.servicenet.tenantweb.training;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.training.entity.CertificationState;
import com.servicenet.training.entity.EnrolmentStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the outlet's training pages and of the public verification exists in en, zh_CN and zh_TW: the
 * keys the pages and views name, one per value of the enums they show, and the web-common texts they borrow.
 */
class TrainingMessagesTest {

    private static final String BASE = "/com/servicenet/tenantweb/training/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final List<String> PAGES = List.of("technicians.xhtml", "training.xhtml", "certificate.xhtml", "verify.xhtml",
            "WEB-INF/includes/nav.xhtml");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(List.of(), BundleCheck.parity(TrainingMessagesTest.class, BASE));
        assertEquals("培训", load(BASE, "_zh_CN").getProperty("nav.training"));
        assertEquals("培訓", load(BASE, "_zh_TW").getProperty("nav.training"));
        assertEquals("证书已吊销", load(BASE, "_zh_CN").getProperty("verify.state.REVOKED"));
        assertEquals("證書已吊銷", load(BASE, "_zh_TW").getProperty("verify.state.REVOKED"));
    }

    @Test
    void textsWithArgumentsAreValidMessageFormats() throws IOException {
        assertEquals(List.of(), BundleCheck.formats(TrainingMessagesTest.class, BASE, 4));
    }

    @Test
    void everyKeyThePagesAndViewsNameExists() throws IOException {
        Set<String> own = load(BASE, "").stringPropertyNames();
        Set<String> shared = load(SHARED, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Path file = Path.of("src/main/webapp", page);
            for (String key : BundleCheck.keysNamed(file, "tmsg")) {
                found++;
                assertTrue(own.contains(key), key + " in " + page);
            }
            for (String key : BundleCheck.keysNamed(file, "msg")) {
                assertTrue(shared.contains(key), key + " (web-common) in " + page);
            }
        }
        assertTrue(found > 40, "keys found: " + found);
        Pattern literal = Pattern.compile("\"([a-z][a-z-]*\\.[a-z0-9.-]*[a-z0-9])\"");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/servicenet/tenantweb/training"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        int inViews = 0;
        for (Path source : sources) {
            Matcher key = literal.matcher(Files.readString(source, UTF_8));
            while (key.find()) {
                inViews++;
                assertTrue(own.contains(key.group(1)), key.group(1) + " in " + source.getFileName());
            }
        }
        assertTrue(inViews >= 3, "keys found in views: " + inViews);
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            assertTrue(own.contains("enrolment.status." + status.name()), status.name());
        }
        for (CertificationState state : CertificationState.values()) {
            assertTrue(own.contains("verify.state." + state.name()), state.name());
            assertTrue(own.contains("technician.lapsed." + state.name()), state.name());
            assertTrue(shared.contains("certificate.state." + state.name()), state.name());
        }
        assertTrue(own.contains("reminder.EXPIRING") && own.contains("reminder.EXPIRED"));
    }

    private static Properties load(String base, String suffix) {
        return BundleCheck.load(TrainingMessagesTest.class, base, suffix);
    }
}
