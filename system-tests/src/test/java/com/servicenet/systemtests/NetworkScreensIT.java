package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HQ's network screens in headless Chromium, logged in through Keycloak: coverage, appoint, replace, outlet list. */
class NetworkScreensIT {

    @Test
    void coverageListsAnUnheldRegionAndHqAppointsAnOutletThere() throws Exception {
        String suffix = Fixtures.unique();
        String regionCode = "SH-SH-T" + suffix;
        long region = Fixtures.district(regionCode);
        long outlet = Fixtures.outlet("T-" + suffix, "CANDIDATE");

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/coverage.xhtml");
            assertTrue(browser.present(".sn-gap-" + regionCode), "the new district is a coverage gap");
            browser.screenshot("coverage");

            browser.driver().findElement(By.cssSelector(".sn-gap-" + regionCode + " button")).click();
            browser.settle();
            assertEquals(regionCode + " Test " + regionCode, browser.text("appoint-region"));
            browser.autoComplete("appoint-form:outlet", "T-" + suffix);
            browser.click("appoint-form:appoint-confirm");
            browser.settle();

            assertFalse(browser.present(".sn-gap-" + regionCode), "an appointed region is no gap any more");
        }
        assertEquals(outlet, Fixtures.single("SELECT outlet_id FROM region_assignment WHERE region_id = ? AND valid_to IS NULL", region));
        assertEquals("PROBATION", Fixtures.single("SELECT status FROM outlet WHERE id = ?", outlet),
                "a candidate given a region is on probation");
    }

    @Test
    void appointingARegionSomeoneTookMeanwhileIsRefusedNamingTheHolder() throws Exception {
        String suffix = Fixtures.unique();
        long region = Fixtures.district("SH-SH-H" + suffix);
        long other = Fixtures.outlet("OTHER-" + suffix, "ACTIVE");

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/outlet.xhtml?id=" + other);
            browser.click("actions-form:open-appoint");
            browser.script("PF('regionMenu').selectValue(arguments[0])", String.valueOf(region));
            // while the dialog is open, another HQ admin appoints a different outlet to the region
            long holder = Fixtures.outlet("HOLD-" + suffix, "ACTIVE");
            Fixtures.appointment(region, holder, "now()", "NULL");
            browser.click("appoint-form:appoint-confirm");
            browser.settle();

            String refusal = browser.text("appoint-form:appoint-messages");
            browser.screenshot("appoint-refused");
            assertTrue(refusal.contains("HOLD-" + suffix), refusal);
        }
        assertEquals(1L, Fixtures.single("SELECT count(*) FROM region_assignment WHERE region_id = ?", region));
        assertEquals("ACTIVE", Fixtures.single("SELECT status FROM outlet WHERE id = ?", other));
    }

    @Test
    void hqReplacesAFailingOutletAndTheRegionMovesToTheSuccessor() throws Exception {
        String suffix = Fixtures.unique();
        long region = Fixtures.district("SH-SH-R" + suffix);
        long failing = Fixtures.outlet("FAIL-" + suffix, "ACTIVE");
        Fixtures.appointment(region, failing, "now() - interval '30 days'", "NULL");
        long successor = Fixtures.outlet("NEXT-" + suffix, "CANDIDATE");

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/outlet.xhtml?id=" + failing);
            browser.click("actions-form:open-replace");
            assertTrue(browser.text("replace-plan").contains("SH-SH-R" + suffix), browser.text("replace-plan"));
            browser.autoComplete("replace-form:successor", "NEXT-" + suffix);
            browser.driver().findElement(By.id("replace-form:replace-reason")).sendKeys("神秘顾客暗访发现乱收费");
            browser.screenshot("replace-dialog");
            browser.click("replace-form:replace-confirm");
            browser.click("confirm-yes");
            browser.settle();

            assertEquals("Terminated", browser.text("outlet-status"));
            assertTrue(browser.text("record").contains("Replaced by NEXT-" + suffix), browser.text("record"));
            browser.screenshot("replaced");
        }
        assertEquals(successor, Fixtures.single("SELECT outlet_id FROM region_assignment WHERE region_id = ? AND valid_to IS NULL", region));
        assertEquals("PROBATION", Fixtures.single("SELECT status FROM outlet WHERE id = ?", successor));
        assertEquals(successor, Fixtures.single("SELECT successor_id FROM outlet WHERE id = ?", failing));
        assertEquals(1L, Fixtures.single("SELECT count(*) FROM identity_task WHERE outlet_id = ? AND action = 'DISABLE_OUTLET'", failing));
    }

    @Test
    void hqRegistersACandidateAndLandsOnItsPage() throws Exception {
        String code = "NEW-" + Fixtures.unique();
        try (Browser browser = Browser.speaking("zh-CN")) {
            browser.openAs("hq.admin", "/network-admin/outlets.xhtml");
            browser.click("outlets-form:register");
            browser.click("register-form:register-save");
            browser.settle();
            assertTrue(browser.text("register-form:register-messages").contains("必填"), "required fields, in Chinese");

            browser.driver().findElement(By.id("register-form:code")).sendKeys(code);
            browser.driver().findElement(By.id("register-form:legal-name")).sendKeys("杭州西湖新维修服务部");
            browser.driver().findElement(By.id("register-form:contact-phone")).sendKeys("0571-8888 0000");
            browser.click("register-form:register-save");

            assertEquals(code, browser.text("outlet-code"));
            assertEquals("候选", browser.text("outlet-status"));
            browser.screenshot("registered-zh");
        }
        assertEquals("0571-8888 0000", Fixtures.single("SELECT contact_phone FROM outlet WHERE code = ?", code));
        assertEquals("REGISTERED", Fixtures.single("SELECT e.kind FROM outlet_event e JOIN outlet o ON o.id = e.outlet_id WHERE o.code = ?", code));
    }

    @Test
    void hqKeepsTheOutletProfileAndTheRecordSaysWho() throws Exception {
        long outlet = Fixtures.outlet("PRO-" + Fixtures.unique(), "ACTIVE");
        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/outlet.xhtml?id=" + outlet);
            browser.click("actions-form:open-profile");
            var address = browser.driver().findElement(By.id("profile-form:address"));
            address.clear();
            address.sendKeys("上海市浦东新区张杨路 500 号");
            browser.click("profile-form:profile-save");
            browser.settle();

            assertTrue(browser.text("outlet-profile").contains("张杨路 500 号"), browser.text("outlet-profile"));
            assertTrue(browser.text("record").contains("hq.admin"), browser.text("record"));
        }
        try (Browser auditor = Browser.english()) {
            auditor.openAs("hq.auditor", "/network-admin/outlet.xhtml?id=" + outlet);
            assertTrue(auditor.present("[id='actions-form:open-note']"), "an auditor records spot checks as notes");
            assertFalse(auditor.present("[id='actions-form:open-replace']") || auditor.present("[id='actions-form:open-profile']")
                    || auditor.present("[id='actions-form:open-status']"), "but does not change the network");
        }
        assertEquals("上海市浦东新区张杨路 500 号", Fixtures.single("SELECT address FROM outlet WHERE id = ?", outlet));
    }

    @Test
    void outletListFiltersAndPages() {
        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/outlets.xhtml");
            assertTrue(browser.present("a.sn-outlet-link"));

            browser.driver().findElement(By.id("outlets-form:filter-text")).sendKeys("SH-PD-01");
            browser.click("outlets-form:search");
            browser.settle();

            var links = browser.driver().findElements(By.cssSelector("a.sn-outlet-link"));
            browser.screenshot("outlet-list");
            assertEquals(1, links.size());
            assertEquals("SH-PD-01", links.get(0).getText());
        }
    }

    @Test
    void theExportHoldsEveryOutletNotJustThePage() throws Exception {
        long outlets = (Long) Fixtures.single("SELECT count(*) FROM outlet");
        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/outlets.xhtml");
            browser.click("outlets-form:export-csv");
            java.nio.file.Path csv = browser.downloaded(".csv");
            List<String> lines = java.nio.file.Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(outlets + 1, lines.size(), "a header and one line per outlet");
            assertTrue(lines.stream().anyMatch(line -> line.contains("SH-PD-01") && line.contains("SH-SH-PD")), "regions are exported");

            browser.click("outlets-form:export-xlsx");
            java.nio.file.Path xlsx = browser.downloaded(".xlsx");
            byte[] zip = java.nio.file.Files.readAllBytes(xlsx);
            assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K', "an Office Open XML (zip) workbook");
        }
    }

    @Test
    void theRegionTreeShowsHoldersInTheReadersLanguage() {
        try (Browser browser = Browser.speaking("zh-CN")) {
            browser.openAs("hq.admin", "/network-admin/regions.xhtml");
            String tree = browser.text("regions-form:tree");
            browser.screenshot("regions-zh");
            assertTrue(tree.contains("浦东新区"), tree);
            assertTrue(tree.contains("SH-PD-01"), "Pudong's holder is shown");
        }
    }

    @Test
    void anOutletManagerSeesOnlyTheirOwnProfileAndMayEditOnlyContacts() throws Exception {
        String phone = "021-" + Fixtures.unique().substring(0, 4) + " 0000";
        try (Browser browser = Browser.english()) {
            browser.openAs("manager.1", "/tenant-web/profile.xhtml");
            assertEquals("SH-PD-01", browser.text("profile-code"));
            assertFalse(browser.driver().getPageSource().contains("SH-XH-01"), "nothing of outlet 2 on outlet 1's page");

            var field = browser.driver().findElement(By.id("contact-form:contact-phone"));
            field.clear();
            field.sendKeys(phone);
            browser.click("contact-form:contact-save");
            browser.settle();
            browser.screenshot("profile-saved");
        }
        assertEquals(phone, Fixtures.single("SELECT contact_phone FROM outlet WHERE id = 1"));
        assertEquals("PROFILE", Fixtures.single("SELECT kind FROM outlet_event WHERE outlet_id = 1 ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void outletUsersCannotOpenHqScreens() {
        try (Browser browser = Browser.english()) {
            browser.openAs("manager.1", "/network-admin/outlet.xhtml?id=2");
            assertEquals("Access denied", browser.text("error-title"));
            assertFalse(browser.driver().getPageSource().contains("SH-XH-01"));
        }
    }
}
