package com.servicenet.networkadmin.visits;

import com.servicenet.web.i18n.BundleCheck;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the fieldworker's visit pages exists in en, zh_CN and zh_TW: the keys the pages and views name,
 * one per kind and status they show, and the web-common texts they borrow.
 */
class VisitMessagesTest {

    private static final String BASE = "/com/servicenet/networkadmin/visits/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final List<String> PAGES = List.of("visits/assignments.xhtml", "visits/visit.xhtml", "WEB-INF/includes/nav.xhtml");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(List.of(), BundleCheck.parity(VisitMessagesTest.class, BASE));
        assertEquals("秘密监察", load(BASE, "_zh_CN").getProperty("kind.MYSTERY_SHOP"));
        assertEquals("秘密監察", load(BASE, "_zh_TW").getProperty("kind.MYSTERY_SHOP"));
    }

    @Test
    void textsWithArgumentsAreValidMessageFormats() throws IOException {
        assertEquals(List.of(), BundleCheck.formats(VisitMessagesTest.class, BASE, 2));
    }

    @Test
    void everyKeyThePagesAndViewsNameExists() throws IOException {
        Set<String> own = load(BASE, "").stringPropertyNames();
        Set<String> shared = load(SHARED, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Path file = Path.of("src/main/webapp", page);
            for (String key : BundleCheck.keysNamed(file, "vmsg")) {
                found++;
                assertTrue(own.contains(key), key + " in " + page);
            }
            for (String key : BundleCheck.keysNamed(file, "msg")) {
                assertTrue(shared.contains(key), key + " (web-common) in " + page);
            }
        }
        assertTrue(found > 20, "keys found: " + found);
        List<BundleCheck.Use> inViews = BundleCheck.keysInSources(Path.of("src/main/java/com/servicenet/networkadmin/visits"));
        for (BundleCheck.Use use : inViews) {
            assertTrue(own.contains(use.key()), use.toString());
        }
        assertTrue(inViews.size() >= 2, "keys found in views: " + inViews.size());
        for (AuditKind kind : AuditKind.values()) {
            assertTrue(own.contains("kind." + kind.name()), kind.name());
        }
        for (AuditStatus status : AuditStatus.values()) {
            assertTrue(own.contains("status." + status.name()), status.name());
        }
    }

    private static Properties load(String base, String suffix) {
        return BundleCheck.load(VisitMessagesTest.class, base, suffix);
    }
}
