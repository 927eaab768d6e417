package com.servicenet.networkadmin.repairs;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.repairs.entity.WarrantyDecision;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the price list, warranty and repair oversight screens exists in en, zh_CN and zh_TW: the keys
 * the pages and views name, one per value of each enum they show, and the rule texts they can show.
 */
class RepairMessagesTest {

    private static final String BASE = "/com/servicenet/networkadmin/repairs/messages";
    private static final String RULES = "/com/servicenet/rules/messages";
    private static final List<String> PAGES = List.of("price-lists.xhtml", "price-list.xhtml", "warranty.xhtml", "repairs.xhtml",
            "repair.xhtml", "repeats.xhtml", "WEB-INF/includes/nav.xhtml");
    private static final Path VIEWS = Path.of("src/main/java/com/servicenet/networkadmin");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        Properties english = load(BASE, "");
        for (String locale : new String[] {"_zh_CN", "_zh_TW"}) {
            Properties translated = load(BASE, locale);
            Set<String> missing = new java.util.TreeSet<>(english.stringPropertyNames());
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new java.util.TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in messages" + locale);
            assertEquals(Set.of(), extra, "only in messages" + locale);
            translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " in " + locale));
        }
        // translated, not copied: the page titles differ from the English ones
        assertNotEquals(english.getProperty("price-list.title"), load(BASE, "_zh_CN").getProperty("price-list.title"));
        assertNotEquals(load(BASE, "_zh_CN").getProperty("price-list.title"), load(BASE, "_zh_TW").getProperty("price-list.title"));
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> english = load(BASE, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Matcher key = Pattern.compile("rmsg\\['([a-z0-9.-]+)'\\]").matcher(Files.readString(Path.of("src/main/webapp", page), UTF_8));
            while (key.find()) {
                found++;
                assertTrue(english.contains(key.group(1)), key.group(1) + " in " + page);
            }
        }
        assertTrue(found > 80, "keys found: " + found);
        assertEveryValue(english, "repair.status.", RepairStatus.values());
        assertEveryValue(english, "repair.service-type.", ServiceType.values());
        assertEveryValue(english, "warranty.coverage.", WarrantyCoverage.values());
        assertEveryValue(english, "warranty.decision.", WarrantyDecision.values());
        assertEveryValue(english, "price-line.kind.", PriceLineKind.values());
    }

    @Test
    void everyKeyTheViewsNameExists() throws IOException {
        Set<String> english = load(BASE, "").stringPropertyNames();
        // the views of these screens name no rule keys, so every dotted string literal in them is a key of this bundle
        Pattern literal = Pattern.compile("\"([a-z][a-z-]*\\.[a-z0-9.-]*[a-z0-9])\"");
        List<Path> sources;
        try (Stream<Path> files = Stream.concat(Files.walk(VIEWS.resolve("catalog")), Files.walk(VIEWS.resolve("repairs")))) {
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
        assertTrue(found >= 8, "keys found in views: " + found);
    }

    @Test
    void ruleTextsTheseScreensShowExistInEveryLanguage() throws IOException {
        for (String locale : new String[] {"", "_zh_CN", "_zh_TW"}) {
            Properties rules = load(RULES, locale);
            for (String rule : List.of("price-list.empty", "price-list.starts-in-past", "price-list.starts-before-predecessor",
                    "price-list.published", "price-list.unknown", "price-list.line-taken", "price-list.overlap",
                    "price-list.import-header", "price-list.import-line", "price-list.import-value", "price-list.import-amount",
                    "price-list.import-columns", "price-list.import-duplicate", "price-list.import-empty", "price-line.range",
                    "price-line.code-format", "money.negative", "money.fen", "warranty.order", "warranty.days",
                    "repair.report-period", "access.network-admin-only")) {
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
        return BundleCheck.load(RepairMessagesTest.class, base, suffix);
    }
}
