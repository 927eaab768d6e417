package com.servicenet.networkadmin.quality;

import com.servicenet.quality.entity.CallbackStatus;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintSource;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.quality.entity.ComplaintStep;
import com.servicenet.quality.entity.Severity;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.web.i18n.BundleCheck;
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
 * Every text of HQ's service-quality screens exists in en, zh_CN and zh_TW: the keys the pages and views name,
 * one per value of each enum they show, the shared texts they take from web-common, and the rule texts they name;
 * the Chinese bundles use the seeds' terms.
 */
class QualityMessagesTest {

    private static final String BASE = "/com/servicenet/networkadmin/quality/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final String RULES = "/com/servicenet/rules/messages";
    private static final List<String> PAGES = List.of("index.xhtml", "complaints.xhtml", "complaint.xhtml", "callbacks.xhtml",
            "scorecard.xhtml", "ranking.xhtml", "warnings.xhtml", "quality-settings.xhtml", "outlet.xhtml", "WEB-INF/includes/nav.xhtml");
    private static final Path VIEWS = Path.of("src/main/java/com/servicenet/networkadmin/quality");
    /** Rule keys the views raise themselves; they live in the rules bundle. */
    private static final Set<String> RULE_KEYS = Set.of("complaint.unknown", "complaint.outlet-unknown", "outlet.unknown", "quality.period-range");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeysAndTheSeedsTerms() {
        assertEquals(List.of(), BundleCheck.parity(QualityMessagesTest.class, BASE));
        assertEquals(List.of(), BundleCheck.formats(QualityMessagesTest.class, BASE, 3));
        Properties english = load("");
        Properties simplified = load("_zh_CN");
        Properties traditional = load("_zh_TW");
        assertNotEquals(english.getProperty("complaints.title"), simplified.getProperty("complaints.title"));
        assertEquals("投诉", simplified.getProperty("complaints.title"));
        assertEquals("投訴", traditional.getProperty("complaints.title"));
        assertEquals("回访", simplified.getProperty("callbacks.title"));
        assertEquals("回訪", traditional.getProperty("callbacks.title"));
        assertEquals("服务投诉率", simplified.getProperty("rate.complaint"));
        assertEquals("服务遗漏率", simplified.getProperty("rate.omission"));
        assertEquals("服务不满意率", simplified.getProperty("rate.dissatisfaction"));
        assertEquals("服務投訴率", traditional.getProperty("rate.complaint"));
        assertEquals("服務遺漏率", traditional.getProperty("rate.omission"));
        assertEquals("服務不滿意率", traditional.getProperty("rate.dissatisfaction"));
        assertEquals("预警", simplified.getProperty("warnings.title"));
        assertEquals("預警", traditional.getProperty("warnings.title"));
        assertEquals("投诉热线", simplified.getProperty("source.HOTLINE"));
        assertEquals("乱收费", simplified.getProperty("category.OVERCHARGING"));
        // no simplified character left in the traditional bundle where the two differ
        for (String key : traditional.stringPropertyNames()) {
            String text = traditional.getProperty(key);
            for (char c : "质务诉访网点观单预设显条请测遗满数维时处调决驳类态乱费严热线开备联系无装门结记编号间顾话码问说计与达师内势趋监据统营认产发样应诺柜扫实这个仅录办确后级".toCharArray()) {
                assertTrue(text.indexOf(c) < 0, key + " in zh_TW has the simplified " + c + ": " + text);
            }
        }
    }

    @Test
    void everyKeyThePagesNameExists() {
        Set<String> own = load("").stringPropertyNames();
        Set<String> shared = BundleCheck.load(QualityMessagesTest.class, SHARED, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Path file = Path.of("src/main/webapp", page);
            for (String key : BundleCheck.keysNamed(file, "qmsg")) {
                found++;
                assertTrue(own.contains(key), key + " in " + page);
            }
            for (String key : BundleCheck.keysNamed(file, "msg")) {
                assertTrue(shared.contains(key), key + " (web-common) in " + page);
            }
        }
        assertTrue(found > 150, "keys found: " + found);
        assertEveryValue(own, "status.", ComplaintStatus.values());
        assertEveryValue(own, "category.", ComplaintCategory.values());
        assertEveryValue(own, "severity.", Severity.values());
        assertEveryValue(own, "source.", ComplaintSource.values());
        assertEveryValue(own, "step.", ComplaintStep.values());
        assertEveryValue(own, "callback.status.", CallbackStatus.values());
        assertEveryValue(own, "service.", ServiceType.values());
        for (String rate : List.of("complaint", "omission", "dissatisfaction")) {
            assertTrue(own.containsAll(List.of("rate." + rate, "rate." + rate + ".counts")), rate);
        }
        assertTrue(own.containsAll(List.of("warning.kind.MONTH", "warning.kind.QUARTER")));
    }

    @Test
    void everyKeyTheViewsNameExists() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        Pattern literal = Pattern.compile("\"([a-z][a-z-]*\\.[a-z0-9.-]*[a-z0-9])\"");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            sources = files.filter(f -> f.toString().endsWith("View.java") || f.toString().endsWith("Staff.java")).toList();
        }
        int found = 0;
        for (Path source : sources) {
            Matcher key = literal.matcher(Files.readString(source, UTF_8));
            while (key.find()) {
                if (RULE_KEYS.contains(key.group(1))) {
                    continue;
                }
                found++;
                assertTrue(english.contains(key.group(1)), key.group(1) + " in " + source.getFileName());
            }
        }
        assertTrue(found >= 15, "keys found in views: " + found);
    }

    @Test
    void ruleTextsTheseScreensShowExistInEveryLanguage() {
        for (String locale : new String[] {"", "_zh_CN", "_zh_TW"}) {
            Properties rules = BundleCheck.load(QualityMessagesTest.class, RULES, locale);
            for (String rule : RULE_KEYS) {
                assertTrue(rules.containsKey(rule), rule + " in rules" + locale);
            }
            for (String rule : List.of("complaint.not-received", "complaint.not-investigating", "complaint.closed-already",
                    "complaint.ticket-unknown", "complaint.phone-invalid", "callback.not-open", "callback.satisfaction-range",
                    "quality.setting-range", "quality.share-range", "warning.acknowledged-already", "field.required")) {
                assertTrue(rules.containsKey(rule), rule + " in rules" + locale);
            }
        }
    }

    private static void assertEveryValue(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertTrue(keys.contains(prefix + value.name()), prefix + value.name());
        }
    }

    private static Properties load(String suffix) {
        return BundleCheck.load(QualityMessagesTest.class, BASE, suffix);
    }
}
