package com.servicenet.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Properties;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every UI string exists in en, zh_CN and zh_TW, and no translation is left empty. */
class MessageBundlesTest {

    private static final String BASE = "/com/servicenet/web/i18n/messages";

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (String locale : new String[] {"_zh_CN", "_zh_TW"}) {
            Properties translated = load(locale);
            assertEquals(english, translated.stringPropertyNames(), "keys of messages" + locale);
            translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " in " + locale));
        }
    }

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertNotNull(in, BASE + suffix);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, UTF_8));
            return properties;
        }
    }
}
