package com.servicenet.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders rule violations in a language; the one place the rule texts are read from. */
public final class RuleTexts {

    private static final String BUNDLE = "com.servicenet.rules.messages";

    private RuleTexts() {
    }

    public static String render(RuleViolation violation, Locale locale) {
        return format(violation.key(), locale, violation.arguments());
    }

    public static String format(String key, Locale locale, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            Object[] rendered = arguments.clone();
            for (int i = 0; i < rendered.length; i++) {
                if (rendered[i] instanceof Term term) {
                    rendered[i] = format(term.key(), locale);
                }
            }
            return new MessageFormat(texts.getString(key), locale).format(rendered);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
