package com.servicenet.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Locale;
import java.util.Properties;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class RuleTextsTest {

    @Test
    void rulesReadInEachLanguageWithTranslatedTerms() {
        RuleViolation violation = new RuleViolation("outlet.status-move", "SH-1", Term.of(com.servicenet.network.entity.OutletStatus.ACTIVE),
                Term.of(com.servicenet.network.entity.OutletStatus.CANDIDATE));

        assertEquals("Outlet SH-1 is active and cannot become candidate.", RuleTexts.render(violation, Locale.ENGLISH));
        assertEquals("网点 SH-1 当前为“正式”，不能变更为“候选”。", RuleTexts.render(violation, Locale.SIMPLIFIED_CHINESE));
        assertEquals("網點 SH-1 目前為「正式」，不能變更為「候選」。", RuleTexts.render(violation, Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void everyRuleTextExistsInAllThreeLanguages() throws IOException {
        Properties english = load("");
        for (String suffix : new String[] {"_zh_CN", "_zh_TW"}) {
            assertEquals(english.stringPropertyNames(), load(suffix).stringPropertyNames(), suffix);
        }
    }

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = RuleTextsTest.class.getResourceAsStream("/com/servicenet/rules/messages" + suffix + ".properties")) {
            assertNotNull(in);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, UTF_8));
            return properties;
        }
    }
}
