package com.servicenet.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What every web module's bundle tests ask of its texts, once: the three languages hold the same keys and no
 * blank text. Plain Java returning what is wrong, so that a test asserts
 * the list is empty and reads the problems in its failure.
 */
public final class BundleCheck {

    /** The translations every bundle of the platform has besides English. */
    public static final List<String> TRANSLATIONS = List.of("_zh_CN", "_zh_TW");

    private BundleCheck() {
    }

    /** A bundle file of the class path, read as UTF-8; {@code suffix} is "" for English or one of {@link #TRANSLATIONS}. */
    public static Properties load(Class<?> anchor, String base, String suffix) {
        try (InputStream in = anchor.getResourceAsStream(base + suffix + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle " + base + suffix);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, UTF_8));
            return properties;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Keys missing from a translation, keys only a translation has, and blank texts: empty when the bundle is whole. */
    public static List<String> parity(Class<?> anchor, String base) {
        Set<String> english = load(anchor, base, "").stringPropertyNames();
        List<String> problems = new ArrayList<>();
        for (String suffix : TRANSLATIONS) {
            Properties translated = load(anchor, base, suffix);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated.stringPropertyNames());
            missing.forEach(key -> problems.add(key + " missing in " + suffix));
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english);
            extra.forEach(key -> problems.add(key + " only in " + suffix));
            translated.forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    problems.add(key + " blank in " + suffix);
                }
            });
        }
        return problems;
    }
}
