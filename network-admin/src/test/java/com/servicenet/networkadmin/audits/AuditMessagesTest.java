package com.servicenet.networkadmin.audits;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Band;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.audits.entity.IrregularSchedule;
import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.TemplateVersion;
import com.servicenet.network.entity.ReplacementCandidate;
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
 * Every text of HQ's audit screens exists in en, zh_CN and zh_TW: the keys the pages and views name, one per
 * value of each enum they show, the shared texts they take from web-common, and the rule texts they name.
 */
class AuditMessagesTest {

    private static final String BASE = "/com/servicenet/networkadmin/audits/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final String RULES = "/com/servicenet/rules/messages";
    private static final List<String> PAGES = List.of("audit-templates.xhtml", "audit-template.xhtml", "audit-calendar.xhtml",
            "audits.xhtml", "audit.xhtml", "corrective-actions.xhtml", "replacement-candidates.xhtml", "WEB-INF/includes/nav.xhtml");
    private static final Path VIEWS = Path.of("src/main/java/com/servicenet/networkadmin/audits");
    /** Rule keys the views raise themselves; they live in the rules bundle. */
    private static final Set<String> RULE_KEYS = Set.of("attachment.unknown", "audit.unknown", "template.unknown", "outlet.unknown",
            "field.required", "field.templateId");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(List.of(), BundleCheck.parity(AuditMessagesTest.class, BASE));
        Properties english = load(BASE, "");
        // translated, not copied; the seeds' terms are used
        Properties simplified = load(BASE, "_zh_CN");
        Properties traditional = load(BASE, "_zh_TW");
        assertNotEquals(english.getProperty("templates.title"), simplified.getProperty("templates.title"));
        assertEquals("不定期抽查", simplified.getProperty("kind.SPOT_CHECK"));
        assertEquals("秘密监察", simplified.getProperty("kind.MYSTERY_SHOP"));
        assertEquals("秘密監察", traditional.getProperty("kind.MYSTERY_SHOP"));
        assertEquals("候补更换名单", simplified.getProperty("candidates.title"));
        assertEquals("候補更換名單", traditional.getProperty("candidates.title"));
        assertTrue(simplified.getProperty("actions.title").contains("整改") && traditional.getProperty("actions.title").contains("整改"));
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> own = load(BASE, "").stringPropertyNames();
        Set<String> shared = load(SHARED, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Path file = Path.of("src/main/webapp", page);
            for (String key : BundleCheck.keysNamed(file, "amsg")) {
                found++;
                assertTrue(own.contains(key), key + " in " + page);
            }
            for (String key : BundleCheck.keysNamed(file, "msg")) {
                assertTrue(shared.contains(key), key + " (web-common) in " + page);
            }
        }
        assertTrue(found > 150, "keys found: " + found);
        // named by a condition in audit-template.xhtml
        assertTrue(own.containsAll(List.of("template.shown-draft", "template.shown-published")));
        assertEveryValue(own, "kind.", AuditKind.values());
        assertEveryValue(own, "status.", AuditStatus.values());
        assertEveryValue(own, "band.", Band.values());
        assertEveryValue(own, "question.kind.", QuestionKind.values());
        assertEveryValue(own, "version.status.", TemplateVersion.Status.values());
        assertEveryValue(own, "scheduler.skip.", IrregularSchedule.Skip.values());
        assertEveryValue(own, "action.status.", CorrectiveAction.Status.values());
        assertEveryValue(own, "history.step.", CorrectiveAction.Step.values());
        assertEveryValue(own, "file.purpose.", Attachment.Purpose.values());
        assertEveryValue(own, "candidate.source.", ReplacementCandidate.Source.values());
    }

    @Test
    void everyKeyTheViewsNameExists() throws IOException {
        Set<String> english = load(BASE, "").stringPropertyNames();
        Pattern literal = Pattern.compile("\"([a-z][a-z-]*\\.[a-z0-9.-]*[a-z0-9])\"");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        int found = 0;
        for (Path source : sources) {
            Matcher key = literal.matcher(Files.readString(source, UTF_8));
            while (key.find()) {
                if (RULE_KEYS.contains(key.group(1)) || key.group(1).endsWith(".css")) {
                    continue;
                }
                found++;
                assertTrue(english.contains(key.group(1)), key.group(1) + " in " + source.getFileName());
            }
        }
        assertTrue(found >= 20, "keys found in views: " + found);
    }

    @Test
    void ruleTextsTheseScreensShowExistInEveryLanguage() throws IOException {
        for (String locale : new String[] {"", "_zh_CN", "_zh_TW"}) {
            Properties rules = load(RULES, locale);
            for (String rule : RULE_KEYS) {
                assertTrue(rules.containsKey(rule), rule + " in rules" + locale);
            }
            for (String rule : List.of("template.code-format", "template.cap-range", "template.empty", "template.section-empty",
                    "template.published", "template.weight-range", "template.taken", "template.never-published", "audit.window-range",
                    "audit.planned-outside-window", "audit.shopper-unknown", "audit.shopper-linked", "audit.shopper-twice",
                    "audit.not-submitted", "audit.bands-range", "audit.outlet-not-serving", "action.audit-unreleased",
                    "action.due-past", "action.not-responded", "action.open-already", "action.raised-already", "candidate.resolved")) {
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
        return BundleCheck.load(AuditMessagesTest.class, base, suffix);
    }
}
