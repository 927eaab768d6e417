package com.servicenet.networkadmin.identity;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.identity.entity.IdentityAction;
import com.servicenet.network.entity.IdentityStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the identity screen exists in en, zh_CN and zh_TW, and so does every rule text it can show. */
class IdentityMessagesTest {

    private static final String BASE = "/com/servicenet/networkadmin/identity/messages";
    private static final String RULES = "/com/servicenet/rules/messages";

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load(BASE, "").stringPropertyNames();
        for (String locale : new String[] {"_zh_CN", "_zh_TW"}) {
            Properties translated = load(BASE, locale);
            assertEquals(english, translated.stringPropertyNames(), "keys of messages" + locale);
            translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " in " + locale));
        }
    }

    @Test
    void everyKeyThePageNamesExists() throws IOException {
        Set<String> english = load(BASE, "").stringPropertyNames();
        String page = Files.readString(Path.of("src/main/webapp/WEB-INF/includes/outlet-identity.xhtml"), UTF_8);
        Matcher key = Pattern.compile("idmsg\\['([a-z0-9.-]+)'\\]").matcher(page);
        int found = 0;
        while (key.find()) {
            found++;
            assertTrue(english.contains(key.group(1)), key.group(1));
        }
        assertTrue(found > 20);
        for (IdentityStatus status : IdentityStatus.values()) {
            assertTrue(english.contains("identity.status." + status), status.name());
        }
        for (IdentityAction action : IdentityAction.values()) {
            assertTrue(english.contains("identity.action." + action), action.name());
        }
    }

    @Test
    void ruleTextsOfTheIdentityScreenExistInEveryLanguage() throws IOException {
        for (String locale : new String[] {"", "_zh_CN", "_zh_TW"}) {
            Properties rules = load(RULES, locale);
            for (String rule : List.of("identity.username-format", "identity.email-format", "identity.username-taken",
                    "identity.email-taken", "identity.user-of-other-outlet", "identity.not-provisioned", "outlet.terminated")) {
                assertTrue(rules.containsKey(rule), rule + " in rules" + locale);
            }
        }
    }

    private static Properties load(String base, String suffix) {
        return BundleCheck.load(IdentityMessagesTest.class, base, suffix);
    }
}
