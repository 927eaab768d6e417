package com.servicenet.networkadmin.training;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.training.entity.CertificationEvent;
import com.servicenet.training.entity.CourseKind;
import com.servicenet.training.entity.EnrolmentStatus;
import com.servicenet.training.entity.SessionStatus;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of HQ's training screens exists in en, zh_CN and zh_TW: the keys the pages and views name, one per
 * value of each enum they show, the shared texts they take from web-common, and the rule texts they can show.
 */
class TrainingMessagesTest {

    private static final String BASE = "/com/servicenet/networkadmin/training/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final String RULES = "/com/servicenet/rules/messages";
    private static final List<String> PAGES = List.of("courses.xhtml", "sessions.xhtml", "session.xhtml", "requests.xhtml",
            "certifications.xhtml", "certificate.xhtml", "compliance.xhtml", "expiring.xhtml",
            "WEB-INF/includes/certification-rows.xhtml", "WEB-INF/includes/nav.xhtml");
    private static final Path VIEWS = Path.of("src/main/java/com/servicenet/networkadmin/training");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(List.of(), BundleCheck.parity(TrainingMessagesTest.class, BASE));
        Properties english = load(BASE, "");
        // translated, not copied; the seeds' terms are used
        Properties simplified = load(BASE, "_zh_CN");
        Properties traditional = load(BASE, "_zh_TW");
        assertNotEquals(english.getProperty("sessions.title"), simplified.getProperty("sessions.title"));
        assertEquals("培训班", simplified.getProperty("sessions.title"));
        assertEquals("培訓班", traditional.getProperty("sessions.title"));
        assertEquals("上岗资格证", simplified.getProperty("certifications.title"));
        assertEquals("上崗資格證", traditional.getProperty("certifications.title"));
        assertTrue(simplified.getProperty("certificate.revoke").contains("吊销") && traditional.getProperty("certificate.revoke").contains("吊銷"));
        assertTrue(simplified.getProperty("compliance.percent").contains("达标率") && traditional.getProperty("compliance.percent").contains("達標率"));
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
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
        assertTrue(found > 100, "keys found: " + found);
        assertEveryValue(own, "course.kind.", CourseKind.values());
        assertEveryValue(own, "session.status.", SessionStatus.values());
        assertEveryValue(own, "enrolment.status.", EnrolmentStatus.values());
        assertEveryValue(own, "history.kind.", CertificationEvent.Kind.values());
    }

    @Test
    void everyKeyTheViewsNameExists() throws IOException {
        Set<String> english = load(BASE, "").stringPropertyNames();
        // the views name no rule keys, so every dotted string literal in them is a key of this bundle
        Pattern literal = Pattern.compile("\"([a-z][a-z-]*\\.[a-z0-9.-]*[a-z0-9])\"");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        int found = 0;
        for (Path source : sources) {
            Matcher key = literal.matcher(Files.readString(source, UTF_8));
            while (key.find()) {
                found++;
                assertTrue(english.contains(key.group(1)), key.group(1) + " in " + source.getFileName());
            }
        }
        assertTrue(found >= 15, "keys found in views: " + found);
    }

    @Test
    void ruleTextsTheseScreensShowExistInEveryLanguage() throws IOException {
        for (String locale : new String[] {"", "_zh_CN", "_zh_TW"}) {
            Properties rules = load(RULES, locale);
            for (String rule : List.of("course.code-format", "course.kind-required", "course.validity-range", "course.pass-mark-range",
                    "course.categories-required", "course.retired", "course.taken", "session.ends-after-start", "session.place-or-link",
                    "session.link-format", "session.capacity-range", "session.full", "session.not-planned", "session.not-held-yet",
                    "enrolment.taken", "enrolment.decided", "enrolment.score-range", "enrolment.score-without-attendance",
                    "enrolment.certified", "enrolment.technician-inactive", "certification.revoked-already",
                    "compliance.threshold-range", "field.required")) {
                assertTrue(rules.containsKey(rule), rule + " in rules" + locale);
            }
        }
    }

    private static void assertEveryValue(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertTrue(keys.contains(prefix + value.name()), prefix + value.name());
        }
    }

    private static Properties load(String base, String suffix) {
        return BundleCheck.load(TrainingMessagesTest.class, base, suffix);
    }
}
