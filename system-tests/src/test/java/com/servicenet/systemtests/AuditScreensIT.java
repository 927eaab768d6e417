package com.servicenet.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's audit screens in the browser: the auditor composes a template and publishes it (then frozen, by the
 * database too), plans audits on the calendar and from the irregular scheduler's proposals, reads a submitted
 * result section by section, releases it and raises a corrective action, verifies and reopens another; a second
 * failing release puts an active outlet on probation and on the replacement-candidate list, whose link opens the
 * outlet's replacement dialog; results export to CSV and an outlet's trend is drawn; files are served to HQ only;
 * mystery shoppers and outlet users are kept out. Every test makes its own outlets; one browser per HQ user.
 */
class AuditScreensIT {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    private static Browser auditor;
    private static Browser admin;

    @AfterAll
    static void tearDown() {
        for (Browser browser : new Browser[] {auditor, admin}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void theAuditorComposesATemplatePublishesItAndThePublishedVersionIsFrozen() throws Exception {
        String code = "IT-SQ-" + Fixtures.unique();
        Browser hq = auditor();
        hq.open("/network-admin/audit-templates.xhtml");
        assertTrue(hq.present("tr.sn-template-SQ-SPOT"), "the demo templates are listed");
        hq.click("templates-form:new-template");
        hq.until(d -> d.findElement(By.id("template-dialog")).isDisplayed());
        hq.retype("template-new-form:template-code", code);
        hq.retype("template-new-form:template-name-en", "IT spot check " + code);
        hq.retype("template-new-form:template-name-zh-cn", "测试抽查 " + code);
        hq.retype("template-new-form:template-name-zh-tw", "測試抽查 " + code);
        hq.click("template-new-form:template-create");
        hq.until(d -> d.getCurrentUrl().contains("audit-template.xhtml"));
        long template = ((Number) Fixtures.single("SELECT id FROM audit_template WHERE code = ?", code)).longValue();
        assertEquals("SPOT_CHECK", Fixtures.single("SELECT kind FROM audit_template WHERE id = ?", template));
        assertTrue(hq.text("shown-version").contains("Version 1 (draft)"), hq.text("shown-version"));

        // two sections, three questions; then the second section moves up
        editor(hq, "add-section");
        hq.retype("template-form:sections:0:section-title-zh-cn", "服务态度");
        hq.retype("template-form:sections:0:section-title-en", "Attitude");
        hq.retype("template-form:sections:0:section-weight", "60");
        editor(hq, "sections:0:add-question");
        hq.retype("template-form:sections:0:questions:0:question-text-zh-cn", "接待礼貌");
        hq.retype("template-form:sections:0:questions:0:question-weight", "2");
        hq.driver().findElement(By.cssSelector("[id='template-form:sections:0:questions:0:question-critical'] .ui-chkbox-box")).click();
        editor(hq, "sections:0:add-question");
        hq.retype("template-form:sections:0:questions:1:question-text-zh-cn", "等待时间（分钟）");
        new org.openqa.selenium.support.ui.Select(hq.driver().findElement(By.id("template-form:sections:0:questions:1:question-kind")))
                .selectByValue("NUMBER");
        hq.driver().findElement(By.cssSelector("[id='template-form:sections:0:questions:1:question-na'] .ui-chkbox-box")).click();
        editor(hq, "add-section");
        hq.retype("template-form:sections:1:section-title-zh-cn", "店面整洁");
        hq.retype("template-form:sections:1:section-weight", "40");
        editor(hq, "sections:1:add-question");
        hq.retype("template-form:sections:1:questions:0:question-text-zh-cn", "接待区整洁");
        new org.openqa.selenium.support.ui.Select(hq.driver().findElement(By.id("template-form:sections:1:questions:0:question-kind")))
                .selectByValue("SCALE_1_5");
        editor(hq, "sections:1:section-up");
        assertEquals("店面整洁", hq.driver().findElement(By.id("template-form:sections:0:section-title-zh-cn")).getAttribute("value"));
        hq.click("template-form:save-draft");
        hq.settle();
        hq.screenshot("audit-template-draft");
        String draft = "SELECT s.position, s.title_zh_cn, s.title_en, s.weight, q.position, q.text_zh_cn, q.kind, q.weight, q.critical, q.na_allowed "
                + "FROM template_section s JOIN template_question q ON q.section_id = s.id JOIN template_version v ON v.id = s.version_id "
                + "WHERE v.template_id = ? AND v.number = 1 ORDER BY s.position, q.position";
        List<List<Object>> stored = Fixtures.query(draft, template);
        assertEquals(3, stored.size(), stored.toString());
        assertEquals(List.of(1, "店面整洁", 1, "接待区整洁", "SCALE_1_5", false),
                List.of(stored.get(0).get(0), stored.get(0).get(1), stored.get(0).get(4), stored.get(0).get(5), stored.get(0).get(6),
                        stored.get(0).get(8)));
        assertEquals(0, new BigDecimal("40").compareTo((BigDecimal) stored.get(0).get(3)));
        assertEquals(List.of(2, "服务态度", "Attitude", "接待礼貌", "YES_NO", true),
                List.of(stored.get(1).get(0), stored.get(1).get(1), stored.get(1).get(2), stored.get(1).get(5), stored.get(1).get(6),
                        stored.get(1).get(8)));
        assertEquals(List.of("NUMBER", false, true), List.of(stored.get(2).get(6), stored.get(2).get(8), stored.get(2).get(9)));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) stored.get(2).get(7)), "a fact carries no weight");

        // publish: frozen, shown read-only with its number
        hq.click("template-form:publish");
        hq.click("confirm-yes");
        hq.shows("shown-version", "Version 1 (published, read-only)");
        assertEquals(List.of("PUBLISHED", "hq.auditor"),
                Fixtures.query("SELECT status, published_by FROM template_version WHERE template_id = ? AND number = 1", template).get(0));
        assertFalse(hq.present("[id='template-form:save-draft']") || hq.present("[id='template-form:publish']")
                || hq.present("[id='template-form:add-section']"), "nothing to edit");
        assertFalse(hq.driver().findElement(By.id("template-form:sections:0:section-title-zh-cn")).isEnabled(), "read-only");
        assertEquals("Published", hq.driver().findElement(By.cssSelector("tr.sn-version-1 .sn-version-status")).getText());
        // and the database keeps it so, whoever writes
        SQLException refused = assertThrows(SQLException.class, () -> Fixtures.update("UPDATE template_question SET weight = 5 "
                + "WHERE section_id IN (SELECT s.id FROM template_section s JOIN template_version v ON v.id = s.version_id "
                + "WHERE v.template_id = ?)", template));
        assertTrue(refused.getMessage().contains("is published and cannot change"), refused.getMessage());

        // a new version starts as a copy of the published one
        hq.click("versions-form:new-version");
        hq.shows("shown-version", "Version 2 (draft)");
        assertEquals("店面整洁", hq.driver().findElement(By.id("template-form:sections:0:section-title-zh-cn")).getAttribute("value"));
        assertEquals(3L, Fixtures.single("SELECT count(*) FROM template_question q JOIN template_section s ON s.id = q.section_id "
                + "JOIN template_version v ON v.id = s.version_id WHERE v.template_id = ? AND v.number = 2 AND v.status = 'DRAFT'", template));
        hq.open("/network-admin/audit-templates.xhtml");
        assertEquals("1", hq.driver().findElement(By.cssSelector("tr.sn-template-" + code + " .sn-template-current")).getText());
        assertTrue(hq.driver().findElement(By.cssSelector("tr.sn-template-" + code + " .sn-template-draft")).getText().contains("2"));
    }

    @Test
    void theAuditorPlansOnTheCalendarAndAcceptsTheSchedulersProposals() throws Exception {
        String u = Fixtures.unique();
        String planned = "AP-" + u;
        String proposed = "AS-" + u;
        long plannedOutlet = Fixtures.outlet(planned, "ACTIVE");
        long proposedOutlet = Fixtures.outlet(proposed, "ACTIVE");
        LocalDate today = LocalDate.now(BUSINESS_ZONE);

        Browser hq = auditor();
        hq.open("/network-admin/audit-calendar.xhtml");
        hq.until(d -> !d.findElements(By.cssSelector("#calendar-form\\:calendar .fc-daygrid-day")).isEmpty());
        hq.click("calendar-form:new-plan");
        hq.until(d -> d.findElement(By.id("plan-dialog")).isDisplayed());
        hq.autoComplete("plan-form:plan-outlet", planned);
        hq.script("PF('planTemplate').selectValue(arguments[0])", String.valueOf(templateId("SQ-SPOT")));
        hq.settle();
        hq.retype("plan-form:plan-from_input", today.toString());
        hq.retype("plan-form:plan-to_input", today.plusDays(10).toString());
        hq.retype("plan-form:plan-day_input", today.toString());
        hq.retype("plan-form:plan-auditor", "hq.auditor");
        hq.click("plan-form:plan-save");
        hq.settle();
        hq.until(d -> !d.findElement(By.id("plan-dialog")).isDisplayed());
        List<List<Object>> audits = Fixtures.query("SELECT id, kind, status, planned_on, assignee, announced FROM audit WHERE outlet_id = ?", plannedOutlet);
        assertEquals(1, audits.size(), audits.toString());
        long audit = ((Number) audits.get(0).get(0)).longValue();
        assertEquals(List.of("SPOT_CHECK", "PLANNED", java.sql.Date.valueOf(today), "hq.auditor", false), audits.get(0).subList(1, 6));
        // on the calendar; a click opens it, and it can be cancelled from there
        hq.until(d -> !d.findElements(By.cssSelector(".sn-audit-" + audit)).isEmpty());
        hq.screenshot("audit-calendar");
        hq.driver().findElement(By.cssSelector(".sn-audit-" + audit)).click();
        hq.until(d -> d.findElement(By.id("event-dialog")).isDisplayed());
        assertTrue(hq.text("event-outlet").startsWith(planned), hq.text("event-outlet"));
        hq.retype("event-form:event-reason", "IT: the outlet is closed for renovation");
        hq.click("event-form:event-cancel");
        hq.settle();
        hq.until(d -> !d.findElement(By.id("event-dialog")).isDisplayed());
        assertEquals(List.of("CANCELLED", "IT: the outlet is closed for renovation"),
                Fixtures.query("SELECT status, cancel_reason FROM audit WHERE id = ?", audit).get(0));

        // the irregular scheduler proposes a day and a shopper for a mystery shop; accepted, it is planned so
        hq.script("PF('schedulerTemplate').selectValue(arguments[0])", String.valueOf(templateId("SQ-SHOP")));
        hq.autoComplete("scheduler-form:scheduler-outlets", proposed);
        hq.click("scheduler-form:propose");
        hq.settle();
        hq.until(d -> !d.findElements(By.cssSelector("tr.sn-proposal-" + proposed)).isEmpty());
        assertEquals(1, hq.driver().findElements(By.cssSelector("tr.sn-proposal-row")).size(), "only the outlet asked for");
        LocalDate day = LocalDate.parse(hq.driver().findElement(By.cssSelector("tr.sn-proposal-" + proposed + " .sn-proposal-day")).getText());
        String shopper = hq.driver().findElement(By.cssSelector("tr.sn-proposal-" + proposed + " .sn-proposal-shopper")).getText();
        assertTrue(!day.isBefore(today.plusDays(1)) && !day.isAfter(today.plusDays(30)), day + " in the default period");
        assertTrue(List.of("shopper", "shopper.gz", "shopper.hz").contains(shopper), shopper);
        hq.screenshot("audit-scheduler");
        hq.click("scheduler-form:accept-proposals");
        hq.settle();
        hq.until(d -> d.findElements(By.cssSelector("tr.sn-proposal-row")).isEmpty());
        assertEquals(List.of(List.of("MYSTERY_SHOP", "PLANNED", java.sql.Date.valueOf(day), shopper, java.sql.Date.valueOf(today.plusDays(1)),
                        java.sql.Date.valueOf(today.plusDays(30)))),
                Fixtures.query("SELECT kind, status, planned_on, assignee, window_from, window_to FROM audit WHERE outlet_id = ?", proposedOutlet));
    }

    @Test
    void hqReadsASubmittedResultBySectionReleasesItAndRaisesACorrectiveAction() throws Exception {
        String code = "AR-" + Fixtures.unique();
        long outlet = Fixtures.outlet(code, "ACTIVE");
        long audit = HqAuditFixtures.submitted(outlet, "SQ-SPOT", 3, false, false);
        long photo = HqAuditFixtures.attachment(audit, null, outlet, "接待区.png", PNG);

        Browser hq = auditor();
        hq.open("/network-admin/audit.xhtml?id=" + audit);
        assertEquals("Submitted", hq.text("audit-status"));
        assertEquals(Fixtures.single("SELECT score FROM audit WHERE id = ?", audit).toString(), hq.text("audit-score"));
        // the six criteria with their weights and points, as stored with the submission
        List<List<Object>> sections = Fixtures.query("SELECT s.title_en, s.weight, x.earned, x.possible, x.score FROM audit_section_score x "
                + "JOIN template_section s ON s.id = x.section_id WHERE x.audit_id = ? ORDER BY s.position", audit);
        List<WebElement> rows = hq.driver().findElements(By.cssSelector("#sections-table tr.sn-section-row"));
        assertEquals(6, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> expected = sections.get(i);
            assertEquals(expected.get(0), rows.get(i).findElement(By.className("sn-section-title")).getText());
            assertEquals(expected.get(1).toString(), rows.get(i).findElement(By.className("sn-section-weight")).getText());
            assertEquals(((BigDecimal) expected.get(2)).toPlainString() + " / " + ((BigDecimal) expected.get(3)).toPlainString(),
                    rows.get(i).findElement(By.className("sn-section-points")).getText());
            assertEquals(expected.get(4).toString(), rows.get(i).findElement(By.className("sn-section-score")).getText());
        }
        assertTrue(sections.stream().anyMatch(s -> ((BigDecimal) s.get(4)).compareTo(new BigDecimal("100")) < 0), "one section lost points");
        assertTrue(hq.present("a.sn-file-link"), "the visit's photo is listed");
        hq.screenshot("audit-result");

        // released: the outlet sees it now; the finding becomes a corrective action
        hq.click("audit-form:release");
        hq.click("confirm-yes");
        hq.shows("audit-status", "Released");
        assertEquals(List.of("RELEASED", "hq.auditor"), Fixtures.query("SELECT status, released_by FROM audit WHERE id = ?", audit).get(0));
        long finding = HqAuditFixtures.finding(audit);
        hq.driver().findElement(By.cssSelector("tr.sn-finding-" + finding + " [id$=':raise']")).click();
        hq.until(d -> d.findElement(By.id("raise-dialog")).isDisplayed());
        hq.retype("raise-form:raise-description", "IT: 建立备件台账并每周核对");
        hq.retype("raise-form:raise-due_input", LocalDate.now(BUSINESS_ZONE).plusDays(14).toString());
        hq.click("raise-form:raise-save");
        hq.until(d -> !d.findElements(By.cssSelector("tr.sn-finding-" + finding + " .sn-finding-action")).isEmpty());
        assertEquals(List.of(List.of("OPEN", "IT: 建立备件台账并每周核对", java.sql.Date.valueOf(LocalDate.now(BUSINESS_ZONE).plusDays(14)), outlet,
                        "hq.auditor")),
                Fixtures.query("SELECT status, description, due_on, outlet_id, created_by FROM corrective_action WHERE finding_id = ?", finding));
        assertEquals(List.of("RAISED"), Fixtures.query("SELECT e.step FROM action_event e JOIN corrective_action c ON c.id = e.action_id "
                + "WHERE c.finding_id = ?", finding).stream().map(r -> r.get(0)).toList());

        // the photo is a download for HQ, typed by what was checked on upload
        HttpResponse<byte[]> file = hq.download("/network-admin/attachments/" + photo);
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), file.headers().toString());
        assertArrayEquals(PNG, file.body());
    }

    @Test
    void hqVerifiesOneCorrectiveActionAndReopensAnother() throws Exception {
        String code = "AV-" + Fixtures.unique();
        long outlet = Fixtures.outlet(code, "ACTIVE");
        long audit = HqAuditFixtures.submitted(outlet, "SQ-SPOT", 20, true, true);
        List<Long> findings = Fixtures.query("SELECT id FROM finding WHERE audit_id = ? ORDER BY id", audit).stream()
                .map(r -> ((Number) r.get(0)).longValue()).toList();
        long verified = HqAuditFixtures.respondedAction(findings.get(0), "已重新培训，价格表已张贴");
        long reopened = HqAuditFixtures.respondedAction(findings.get(1), "已整理");
        HqAuditFixtures.attachment(null, verified, outlet, "price-list.png", PNG);

        Browser hq = auditor();
        hq.open("/network-admin/corrective-actions.xhtml?id=" + verified);
        assertEquals("Responded", hq.text("detail-status"));
        assertEquals("已重新培训，价格表已张贴", hq.text("detail-response"));
        assertEquals(2, hq.driver().findElements(By.cssSelector("#detail-form\\:history-table tr.sn-history-row")).size());
        assertTrue(hq.present("#detail-form\\:evidence-table a.sn-file-link"), "the outlet's evidence");
        hq.retype("detail-form:decision-note", "IT: 现场复查通过");
        hq.click("detail-form:verify");
        hq.shows("detail-status", "Closed");
        assertEquals(List.of("CLOSED", true), Fixtures.query("SELECT status, closed_at IS NOT NULL FROM corrective_action WHERE id = ?", verified).get(0));
        assertEquals("IT: 现场复查通过", Fixtures.single("SELECT note FROM action_event WHERE action_id = ? AND step = 'VERIFIED'", verified));

        // the list filters by outlet; the other action is reopened with a new deadline
        LocalDate due = LocalDate.now(BUSINESS_ZONE).plusDays(10);
        hq.autoComplete("actions-form:filter-outlet", code);
        hq.click("actions-form:search");
        hq.settle();
        hq.until(d -> d.findElements(By.cssSelector("tr.sn-action-row")).size() == 2);
        hq.driver().findElement(By.cssSelector("tr.sn-action-" + reopened + " [id$=':show-action']")).click();
        hq.shows("detail-title", String.valueOf(reopened));
        hq.retype("detail-form:decision-note", "IT: 照片不清楚，请重拍");
        hq.retype("detail-form:reopen-due_input", due.toString());
        hq.click("detail-form:reopen");
        hq.shows("detail-status", "Open");
        hq.screenshot("corrective-action-reopened");
        assertEquals(List.of("OPEN", 1, java.sql.Date.valueOf(due)),
                Fixtures.query("SELECT status, reopened, due_on FROM corrective_action WHERE id = ?", reopened).get(0));
        assertEquals("IT: 照片不清楚，请重拍", Fixtures.single("SELECT note FROM action_event WHERE action_id = ? AND step = 'REOPENED'", reopened));
        assertTrue(hq.driver().findElement(By.cssSelector("tr.sn-action-" + reopened + " .sn-action-status")).getText().contains("Open"));
    }

    @Test
    void aSecondFailingReleasePutsAnActiveOutletOnProbationAndOntoTheCandidateList() throws Exception {
        String code = "AF-" + Fixtures.unique();
        long outlet = Fixtures.outlet(code, "ACTIVE");
        HqAuditFixtures.submitted(outlet, "SQ-SHOP", 60, true, true);
        long second = HqAuditFixtures.submitted(outlet, "SQ-SPOT", 4, true, false);

        Browser hq = auditor();
        hq.open("/network-admin/audit.xhtml?id=" + second);
        assertEquals("Failing", hq.text("audit-form:audit-band"));
        assertTrue(hq.text("audit-form:critical-note").contains("capped"), hq.text("audit-form:critical-note"));
        hq.click("audit-form:release");
        hq.click("confirm-yes");
        hq.shows("audit-status", "Released");
        assertEquals("PROBATION", Fixtures.single("SELECT status FROM outlet WHERE id = ?", outlet));
        assertEquals(List.of("AUDITS", "hq.auditor"), Fixtures.query("SELECT source, raised_by FROM replacement_candidate "
                + "WHERE outlet_id = ? AND resolved_at IS NULL", outlet).get(0));

        // on the list; its link opens the outlet's replacement dialog (network admins replace outlets)
        Browser network = admin();
        network.open("/network-admin/replacement-candidates.xhtml");
        assertTrue(network.present("tr.sn-candidate-" + Fixtures.single("SELECT code FROM outlet WHERE id = 12")),
                "the demo's outlet 12 is listed too");
        String row = "tr.sn-candidate-" + code;
        assertEquals("Probation", network.driver().findElement(By.cssSelector(row + " .sn-candidate-status")).getText());
        assertTrue(network.driver().findElement(By.cssSelector(row + " .sn-candidate-reason")).getText().contains("#" + second));
        network.screenshot("replacement-candidates");
        network.driver().findElement(By.cssSelector(row + " .sn-candidate-replace")).click();
        network.until(d -> d.getCurrentUrl().contains("outlet.xhtml") && d.findElement(By.id("replace-dialog")).isDisplayed());
        assertEquals(code, network.text("outlet-code"));
        assertTrue(network.text("replace-plan").contains(code), network.text("replace-plan"));

        // HQ keeps the outlet on: the entry is resolved with a note
        network.open("/network-admin/replacement-candidates.xhtml");
        network.driver().findElement(By.cssSelector(row + " [id$=':resolve']")).click();
        network.until(d -> d.findElement(By.id("resolve-dialog")).isDisplayed());
        network.retype("resolve-form:resolution", "IT: 整改后保留，三个月后复查");
        network.click("resolve-form:resolve-save");
        network.until(d -> d.findElements(By.cssSelector(row)).isEmpty());
        assertEquals(List.of("IT: 整改后保留，三个月后复查", "hq.admin"),
                Fixtures.query("SELECT resolution, resolved_by FROM replacement_candidate WHERE outlet_id = ?", outlet).get(0));
    }

    @Test
    void resultsExportToCsvAndOneOutletsTrendIsDrawn() throws Exception {
        String code = "AE-" + Fixtures.unique();
        long outlet = Fixtures.outlet(code, "ACTIVE");
        List<Long> audits = new ArrayList<>();
        for (int daysAgo : new int[] {5, 40, 75}) {
            audits.add(HqAuditFixtures.submitted(outlet, "SQ-SPOT", daysAgo, daysAgo == 40, true));
        }
        audits.add(HqAuditFixtures.submitted(outlet, "SQ-SHOP", 50, false, false));

        try (Browser hq = Browser.english()) {
            hq.openAs("hq.quality", "/network-admin/audits.xhtml");
            hq.autoComplete("audits-form:filter-outlet", code);
            hq.click("audits-form:search");
            hq.settle();
            hq.until(d -> d.findElements(By.cssSelector("tr.sn-audit-row")).size() == 4);
            // the trend: one point a month with a spot check, the month's mean score
            Map<String, BigDecimal> expected = new TreeMap<>();
            for (List<Object> r : Fixtures.query("SELECT to_char(visited_on, 'YYYY-MM'), round(avg(score), 2) FROM audit WHERE outlet_id = ? "
                    + "AND kind = 'SPOT_CHECK' GROUP BY 1", outlet)) {
                expected.put((String) r.get(0), (BigDecimal) r.get(1));
            }
            hq.until(d -> Boolean.TRUE.equals(hq.script("return !!(window.PF && PF('auditTrend') && PF('auditTrend').chart);")));
            @SuppressWarnings("unchecked")
            List<Object> labels = (List<Object>) hq.script("return PF('auditTrend').chart.data.labels;");
            @SuppressWarnings("unchecked")
            List<Object> spotChecks = (List<Object>) hq.script("return PF('auditTrend').chart.data.datasets[0].data;");
            assertEquals(12, labels.size());
            Map<String, BigDecimal> drawn = new TreeMap<>();
            for (int i = 0; i < labels.size(); i++) {
                if (spotChecks.get(i) != null) {
                    drawn.put((String) labels.get(i), new BigDecimal(spotChecks.get(i).toString()).setScale(2));
                }
            }
            assertEquals(expected, drawn);
            assertTrue(hq.text("trend-title").contains(code));
            hq.screenshot("audit-trend");

            // the CSV has the rows shown
            hq.click("audits-form:export-csv");
            String csv = Files.readString(hq.downloaded(".csv"), UTF_8);
            List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
            assertEquals(5, lines.size(), csv);
            assertTrue(lines.get(0).contains("Audit") && lines.get(0).contains("Score"), lines.get(0));
            for (long audit : audits) {
                String line = lines.stream().filter(l -> l.replace("\"", "").startsWith(audit + ",")).findFirst().orElse(null);
                assertNotNull(line, audit + " in " + csv);
                assertTrue(line.contains(code), line);
            }
            String failing = lines.stream().filter(l -> l.replace("\"", "").startsWith(audits.get(1) + ",")).findFirst().orElseThrow();
            assertTrue(failing.contains("Failing"), failing);
        }
    }

    @Test
    void mysteryShoppersAndOutletUsersAreKeptOut() throws Exception {
        List<String> pages = List.of("audit-templates.xhtml", "audit-template.xhtml?id=1", "audit-calendar.xhtml", "audits.xhtml",
                "audit.xhtml?id=1", "corrective-actions.xhtml", "replacement-candidates.xhtml", "attachments/1");
        try (Browser shopper = Browser.english()) {
            shopper.openAs("shopper", "/network-admin/");
            assertFalse(shopper.present("#nav-audits"), "the nav offers no audit screens");
            for (String page : pages) {
                shopper.open("/network-admin/" + page);
                assertEquals("Access denied", shopper.text("error-title"), page);
            }
        }
        try (Browser outlet = Browser.english()) {
            outlet.openAs("manager.1", "/network-admin/audits.xhtml");
            assertEquals("Access denied", outlet.text("error-title"));
            assertFalse(outlet.driver().getPageSource().contains("sn-audit-row"));
            outlet.open("/network-admin/audit-calendar.xhtml");
            assertEquals("Access denied", outlet.text("error-title"));
        }
        // HQ's nav groups the audit screens in one menu
        Browser hq = auditor();
        hq.open("/network-admin/");
        hq.click("nav-audits-menu");
        hq.click("nav-corrective-actions");
        hq.until(d -> d.getCurrentUrl().contains("corrective-actions.xhtml"));
        assertEquals("Corrective actions", hq.text("actions-title"));
    }

    // ------------------------------------------------------------------ helpers

    private static synchronized Browser auditor() {
        if (auditor == null) {
            auditor = Browser.english();
            auditor.openAs("hq.auditor", "/network-admin/");
        }
        return auditor;
    }

    private static synchronized Browser admin() {
        if (admin == null) {
            admin = Browser.english();
            admin.openAs("hq.admin", "/network-admin/");
        }
        return admin;
    }

    private static long templateId(String code) throws SQLException {
        return ((Number) Fixtures.single("SELECT id FROM audit_template WHERE code = ?", code)).longValue();
    }

    /** Clicks an editor button (an AJAX round trip that renders the form again) and waits for it. */
    private static void editor(Browser browser, String id) {
        browser.click("template-form:" + id);
        browser.settle();
    }
}
