package com.servicenet.tenantweb.audits;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.Band;
import com.servicenet.audits.entity.CorrectiveAction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the outlet's audit pages exists in en, zh_CN and zh_TW: the keys the pages and views name,
 * one per kind and status they show, and the web-common texts they borrow.
 */
class AuditMessagesTest {

    private static final String BASE = "/com/servicenet/tenantweb/audits/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final List<String> PAGES = List.of("audits.xhtml", "audit.xhtml", "actions.xhtml", "action.xhtml", "WEB-INF/includes/nav.xhtml");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(List.of(), BundleCheck.parity(AuditMessagesTest.class, BASE));
        assertEquals("秘密监察", load(BASE, "_zh_CN").getProperty("kind.MYSTERY_SHOP"));
        assertEquals("秘密監察", load(BASE, "_zh_TW").getProperty("kind.MYSTERY_SHOP"));
    }

    @Test
    void textsWithArgumentsAreValidMessageFormats() throws IOException {
        assertEquals(List.of(), BundleCheck.formats(AuditMessagesTest.class, BASE, 2));
    }

    @Test
    void everyKeyThePagesAndViewsNameExists() throws IOException {
        Set<String> own = load(BASE, "").stringPropertyNames();
        Set<String> shared = load(SHARED, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Path file = Path.of("src/main/webapp", page);
            for (String key : BundleCheck.keysNamed(file, "amsg")) {
                found++;
                assertTrue(own.contains(key), key + " in " + page);
            }
            for (String key : BundleCheck.keysNamed(file, "msg")) {
                assertTrue(shared.contains(key), key + " (web-common) in " + page);
            }
        }
        assertTrue(found > 20, "keys found: " + found);
        List<BundleCheck.Use> inViews = BundleCheck.keysInSources(Path.of("src/main/java/com/servicenet/tenantweb/audits"));
        for (BundleCheck.Use use : inViews) {
            assertTrue(own.contains(use.key()), use.toString());
        }
        assertTrue(inViews.size() >= 1, "keys found in views: " + inViews.size());
        for (AuditKind kind : AuditKind.values()) {
            assertTrue(own.contains("kind." + kind.name()), kind.name());
        }
        for (Band band : Band.values()) {
            assertTrue(own.contains("band." + band.name()), band.name());
        }
        for (CorrectiveAction.Status status : CorrectiveAction.Status.values()) {
            assertTrue(own.contains("action.status." + status.name()), status.name());
        }
        for (CorrectiveAction.Step step : CorrectiveAction.Step.values()) {
            assertTrue(own.contains("history.step." + step.name()), step.name());
        }
        for (String answer : new String[] {"answer.none", "answer.na", "answer.yes", "answer.no", "answer.photo"}) {
            assertTrue(own.contains(answer), answer);
        }
    }

    private static Properties load(String base, String suffix) {
        return BundleCheck.load(AuditMessagesTest.class, base, suffix);
    }
}
