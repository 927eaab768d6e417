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
                } else if (rendered[i] instanceof java.util.List<?> list) {
                    // a list of terms, such as the statuses a repair may move to: "diagnosed, cancelled" / "已诊断、已取消"
                    rendered[i] = list.stream()
                            .map(item -> item instanceof Term term ? format(term.key(), locale) : String.valueOf(item))
                            .collect(java.util.stream.Collectors.joining("zh".equals(locale.getLanguage()) ? "、" : ", "));
                }
            }
            return new MessageFormat(texts.getString(key), locale).format(rendered);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
