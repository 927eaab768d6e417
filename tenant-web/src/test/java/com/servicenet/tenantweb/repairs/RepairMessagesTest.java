package com.servicenet.tenantweb.repairs;

import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.repairs.entity.WarrantyDecision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the repair pages exists in en, zh_CN and zh_TW, including those named after the domain's enums. */
class RepairMessagesTest {

    private static final String BASE = "/com/servicenet/tenantweb/repairs/messages";
    private static final String[] TRANSLATIONS = {"_zh_CN", "_zh_TW"};

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (String locale : TRANSLATIONS) {
            Properties translated = load(locale);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "keys missing from messages" + locale);
            assertEquals(Set.of(), extra, "keys only in messages" + locale);
            translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " in " + locale));
        }
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        int found = 0;
        for (String page : new String[] {"repairs.xhtml", "repair.xhtml", "receipt.xhtml", "WEB-INF/includes/nav.xhtml"}) {
            String text = Files.readString(Path.of("src/main/webapp", page), UTF_8);
            Matcher key = Pattern.compile("rmsg\\['([A-Za-z0-9._-]+)'\\]").matcher(text);
            while (key.find()) {
                found++;
                assertTrue(english.contains(key.group(1)), key.group(1) + " in " + page);
            }
        }
        assertTrue(found > 60, "the pages use the bundle: " + found);
    }

    @Test
    void everyValueOfTheDomainShownOnThePagesHasItsText() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (RepairStatus status : RepairStatus.values()) {
            assertTrue(english.contains("repair.status." + status), status.name());
        }
        Arrays.stream(RepairStatus.values()).flatMap(status -> status.next().stream()).distinct()
                .forEach(move -> assertTrue(english.contains("repair.move." + move), "move " + move));
        for (ServiceType type : ServiceType.values()) {
            assertTrue(english.contains("service." + type), type.name());
        }
        for (WarrantyCoverage coverage : WarrantyCoverage.values()) {
            assertTrue(english.contains("coverage." + coverage), coverage.name());
        }
        for (WarrantyDecision decision : WarrantyDecision.values()) {
            assertTrue(english.contains("decision." + decision), decision.name());
        }
    }

    @Test
    void priceRangesShowTwoDecimalsInEveryLanguage() throws IOException {
        for (String[] language : new String[][] {{"", "en"}, {"_zh_CN", "zh-CN"}, {"_zh_TW", "zh-TW"}}) {
            Properties texts = load(language[0]);
            for (String key : new String[] {"repair.range", "receipt.range"}) {
                String shown = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language[1]))
                        .format(new Object[] {new BigDecimal("35.00"), new BigDecimal("1055.5")});
                assertTrue(shown.contains("35.00") && shown.contains("1,055.50"), key + language[0] + ": " + shown);
            }
        }
    }

    @Test
    void aRefusedFieldIsShownNextToItsInput() {
        assertEquals("repair-form:customer-address", RepairView.componentOf("customer.address"));
        assertEquals("repair-form:ticket", RepairView.componentOf("ticketNo"));
        assertEquals("repair-form:parts:2:unit-price", RepairView.componentOf("parts[2].unitPrice"));
        assertEquals("repair-form:parts:0:part", RepairView.componentOf("parts[0].partCode"));
        assertEquals(null, RepairView.componentOf("receivedAt"), "shown for the page");
    }

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = RepairMessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertNotNull(in, BASE + suffix);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, UTF_8));
            return properties;
        }
    }
}
