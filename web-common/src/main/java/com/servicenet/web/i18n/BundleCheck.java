package com.servicenet.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What every web module's bundle tests ask of its texts, once: the three languages hold the same keys and no
 * blank text, every text with arguments formats, and the keys a page names can be listed. Plain Java returning what is wrong, so that a test asserts
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

    /**
     * Texts that are no valid message format with {@code arguments} arguments (a brace left after formatting: a
     * malformed pattern, or an argument beyond those the pages pass), in any language.
     */
    public static List<String> formats(Class<?> anchor, String base, int arguments) {
        Object[] values = new Object[arguments];
        for (int i = 0; i < arguments; i++) {
            values[i] = String.valueOf((char) ('A' + i));
        }
        List<String> problems = new ArrayList<>();
        List<String> suffixes = new ArrayList<>(List.of(""));
        suffixes.addAll(TRANSLATIONS);
        for (String suffix : suffixes) {
            load(anchor, base, suffix).forEach((key, value) -> {
                if (value.toString().contains("{")) {
                    try {
                        String formatted = new MessageFormat(value.toString(), Locale.ROOT).format(values);
                        if (formatted.contains("{")) {
                            problems.add(key + " in " + suffix);
                        }
                    } catch (IllegalArgumentException malformed) {
                        problems.add(key + " in " + suffix + ": " + malformed.getMessage());
                    }
                }
            });
        }
        return problems;
    }

    /**
     * Each key the Java sources below {@code dir} pass as a literal to a {@code text("key", …)} call (the views'
     * own bundle), in file order, repeats kept.
     */
    public static List<Use> keysInSources(Path dir) {
        Pattern literal = Pattern.compile("text\\(\"([a-z][a-z-]*\\.[a-z0-9.-]*[a-z0-9])\"");
        List<Use> keys = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher key = literal.matcher(Files.readString(source, UTF_8));
                while (key.find()) {
                    keys.add(new Use(key.group(1), source.getFileName().toString()));
                }
            }
            return keys;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A bundle key a source file uses. */
    public record Use(String key, String file) {
        @Override
        public String toString() {
            return key + " in " + file;
        }
    }

    /** Each key a page names through {@code var['key']} (e.g. {@code amsg['templates.title']}), in page order, repeats kept. */
    public static List<String> keysNamed(Path page, String var) {
        try {
            Matcher key = Pattern.compile("(?<![a-z])" + Pattern.quote(var) + "\\['([a-z0-9.-]+)'\\]").matcher(Files.readString(page, UTF_8));
            List<String> keys = new ArrayList<>();
            while (key.find()) {
                keys.add(key.group(1));
            }
            return keys;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
