package com.servicenet.web.i18n;

import com.servicenet.rules.RuleTexts;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PrimeFaces refuses a file name with a path before the application sees the upload; the faces message bundle
 * words that refusal exactly as the rules' own check of names does, in every language.
 */
class FacesMessageBundleTest {

    @Test
    void primeFacesFileNameRefusalsSayWhatTheRulesSay() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE}) {
            ResourceBundle faces = ResourceBundle.getBundle("com.servicenet.web.i18n.faces", locale);
            String refused = RuleTexts.format("upload.name-refused", locale);
            for (String key : new String[] {"FILENAME_INVALID_CHAR", "FILENAME_INVALID_LINUX", "FILENAME_INVALID_WINDOWS"}) {
                assertEquals(refused, faces.getString("primefaces.FileValidator." + key), key + " " + locale);
            }
            assertEquals(RuleTexts.format("upload.name-required", locale), faces.getString("primefaces.FileValidator.FILENAME_EMPTY"));
        }
    }
}
