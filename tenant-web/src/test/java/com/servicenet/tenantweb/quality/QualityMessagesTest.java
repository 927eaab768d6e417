package com.servicenet.tenantweb.quality;

import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.quality.control.PublicOutlet;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.quality.entity.ComplaintStep;
import com.servicenet.quality.entity.Severity;
import com.servicenet.web.i18n.BundleCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the quality pages — the consumer's page, the tracking, the outlet's complaints and scorecard —
 * exists in en, zh_CN and zh_TW: the keys the pages and views name, one per state, category, step and field
 * refusal they can show, and the web-common texts they borrow; and the Chinese bundles use DOMAIN.md's terms.
 */
class QualityMessagesTest {

    private static final String BASE = "/com/servicenet/tenantweb/quality/messages";
    private static final String SHARED = "/com/servicenet/web/i18n/messages";
    private static final List<String> PAGES = List.of("service.xhtml", "track.xhtml", "complaints.xhtml", "complaint.xhtml",
            "scorecard.xhtml", "WEB-INF/includes/nav.xhtml");

    @Test
    void chineseBundlesHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(List.of(), BundleCheck.parity(QualityMessagesTest.class, BASE));
        Properties simplified = load(BASE, "_zh_CN");
        Properties traditional = load(BASE, "_zh_TW");
        assertEquals("服务投诉率", simplified.getProperty("rate.complaint"));
        assertEquals("服务遗漏率", simplified.getProperty("rate.omission"));
        assertEquals("服务不满意率", simplified.getProperty("rate.dissatisfaction"));
        assertEquals("服務投訴率", traditional.getProperty("rate.complaint"));
        assertEquals("服務遺漏率", traditional.getProperty("rate.omission"));
        assertEquals("服務不滿意率", traditional.getProperty("rate.dissatisfaction"));
        assertEquals("投诉", simplified.getProperty("nav.complaints"));
        assertEquals("乱收费", simplified.getProperty("complaint.category.OVERCHARGING"));
        assertTrue(simplified.getProperty("standing.SERVING").contains("特约维修点"));
        assertTrue(traditional.getProperty("standing.SERVING").contains("特約維修點"));
        assertTrue(simplified.getProperty("rate.dissatisfaction.counts").contains("回访"));
    }

    @Test
    void textsWithArgumentsAreValidMessageFormats() throws IOException {
        assertEquals(List.of(), BundleCheck.formats(QualityMessagesTest.class, BASE, 2));
    }

    @Test
    void everyKeyThePagesAndViewsNameExists() throws IOException {
        Set<String> own = load(BASE, "").stringPropertyNames();
        Set<String> shared = load(SHARED, "").stringPropertyNames();
        int found = 0;
        for (String page : PAGES) {
            Path file = Path.of("src/main/webapp", page);
            for (String key : BundleCheck.keysNamed(file, "qmsg")) {
                found++;
                assertTrue(own.contains(key), key + " in " + page);
            }
            for (String key : BundleCheck.keysNamed(file, "msg")) {
                assertTrue(shared.contains(key), key + " (web-common) in " + page);
            }
        }
        assertTrue(found > 60, "keys found: " + found);
        List<BundleCheck.Use> inViews = BundleCheck.keysInSources(Path.of("src/main/java/com/servicenet/tenantweb/quality"));
        for (BundleCheck.Use use : inViews) {
            assertTrue(own.contains(use.key()), use.toString());
        }
        assertTrue(inViews.size() >= 4, "keys found in views: " + inViews.size());
        for (PublicOutlet.Standing standing : PublicOutlet.Standing.values()) {
            assertTrue(own.contains("standing." + standing.name()), standing.name());
            assertTrue(own.contains("standing." + standing.name() + ".text"), standing.name());
        }
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertTrue(own.contains("complaint.status." + status.name()), status.name());
        }
        for (ComplaintCategory category : ComplaintCategory.values()) {
            assertTrue(own.contains("complaint.category." + category.name()), category.name());
        }
        for (Severity severity : Severity.values()) {
            assertTrue(own.contains("complaint.severity." + severity.name()), severity.name());
        }
        for (ComplaintStep step : ComplaintStep.values()) {
            assertTrue(own.contains("history.step." + step.name()), step.name());
        }
        for (PriceLineKind kind : PriceLineKind.values()) {
            assertTrue(own.contains("price.kind." + kind.name()), kind.name());
        }
        for (String rate : new String[] {"complaint", "omission", "dissatisfaction"}) {
            assertTrue(own.contains("rate." + rate) && own.contains("rate." + rate + ".counts"), rate);
        }
        // the refusals ServiceView and ComplaintView put next to a field (QualityPages.fieldText)
        for (String refusal : new String[] {"category.required", "description.required", "description.too-long",
                "customerName.too-long", "customerPhone.required", "customerPhone.too-long", "customerPhone.invalid",
                "response.required", "response.too-long"}) {
            assertTrue(own.contains("field." + refusal), refusal);
        }
        // the rate limit's page for the consumer's pages (VerifyRateLimit)
        assertTrue(own.contains("public.too-many.title") && own.contains("public.too-many.text"));
    }

    private static Properties load(String base, String suffix) {
        return BundleCheck.load(QualityMessagesTest.class, base, suffix);
    }
}
