package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HQ changes the territory in the browser: CSV import (all or nothing), split, merge; the holder carries over. */
class RegionScreensIT {

    private static final String HEADER = "code,parent_code,name_en,name_zh_cn,name_zh_tw,service_area";

    @Test
    void aCsvWithOneBadLineImportsNothingAndSaysWhichLine() throws Exception {
        String p = "P" + Fixtures.unique();
        Path csv = csv(HEADER, p + ",,Test,测试省,測試省,", p + "-C," + p + ",City,测试市,測試市,", p + "-C-D,NOPE,District,测试区,測試區,");

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/regions.xhtml");
            upload(browser, csv);

            String messages = browser.text("import-form:import-messages");
            browser.screenshot("region-import-refused");
            assertTrue(messages.contains("Line 4") && messages.contains("NOPE"), messages);
        }
        assertEquals(0L, Fixtures.single("SELECT count(*) FROM region WHERE code LIKE ?", p + "%"));
    }

    @Test
    void hqImportsSplitsAndMergesRegionsAndTheHolderCarriesOver() throws Exception {
        String p = "P" + Fixtures.unique();
        Path csv = csv(HEADER, p + ",,Test,测试省,測試省,", p + "-C," + p + ",City,测试市,測試市,",
                p + "-C-A," + p + "-C,\"District A, east\",测试甲区,測試甲區,\"甲区全境，含\"\"新城\"\"\"");
        long holder = Fixtures.outlet("HQT-" + p.substring(1), "ACTIVE");

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/regions.xhtml");
            upload(browser, csv);
            browser.settle();
            assertEquals(3L, Fixtures.single("SELECT count(*) FROM region WHERE code LIKE ?", p + "%"));
            assertEquals("甲区全境，含\"新城\"", Fixtures.single("SELECT service_area FROM region WHERE code = ?", p + "-C-A"));
            long districtA = (Long) Fixtures.single("SELECT id FROM region WHERE code = ?", p + "-C-A");
            Fixtures.appointment(districtA, holder, "now() - interval '1 day'", "NULL");

            browser.open("/network-admin/regions.xhtml");
            tick(browser, p + "-C-A");
            browser.click("regions-form:split");
            browser.settle();
            fill(browser, "split-form:part1", p + "-C-A1", "A1", "甲一区", "甲一區");
            fill(browser, "split-form:part2", p + "-C-A2", "A2", "甲二区", "甲二區");
            browser.click("split-form:split-save");
            browser.settle();
            browser.screenshot("region-split");

            assertEquals(List.of(List.of(p + "-C-A1", holder), List.of(p + "-C-A2", holder)), Fixtures.query(
                    "SELECT r.code, a.outlet_id FROM region r JOIN region_assignment a ON a.region_id = r.id AND a.valid_to IS NULL "
                            + "WHERE r.code LIKE ? AND r.retired_at IS NULL ORDER BY r.code", p + "-C-A_"));

            browser.open("/network-admin/regions.xhtml");
            tick(browser, p + "-C-A1");
            tick(browser, p + "-C-A2");
            browser.click("regions-form:merge");
            browser.settle();
            fill(browser, "merge-form:merged", p + "-C-B", "B", "乙区", "乙區");
            browser.click("merge-form:merge-save");
            browser.settle();
        }
        assertEquals(holder, Fixtures.single("SELECT a.outlet_id FROM region r JOIN region_assignment a ON a.region_id = r.id "
                + "AND a.valid_to IS NULL WHERE r.code = ?", p + "-C-B"));
        assertEquals(3L, Fixtures.single("SELECT count(*) FROM region WHERE code LIKE ? AND retired_at IS NOT NULL", p + "-C-A%"),
                "the split and merged regions are retired, not deleted");
    }

    private static void upload(Browser browser, Path csv) {
        browser.click("regions-form:import");
        browser.driver().findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(csv.toString());
        browser.click("import-form:import-save");
        browser.settle();
    }

    private static void tick(Browser browser, String code) {
        browser.driver().findElement(By.xpath("//span[@class='sn-region-code' and text()='" + code + "']/ancestor::tr//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.settle();
    }

    private static void fill(Browser browser, String prefix, String code, String en, String cn, String tw) {
        browser.driver().findElement(By.id(prefix + "-code")).sendKeys(code);
        browser.driver().findElement(By.id(prefix + "-name-en")).sendKeys(en);
        browser.driver().findElement(By.id(prefix + "-name-zh-cn")).sendKeys(cn);
        browser.driver().findElement(By.id(prefix + "-name-zh-tw")).sendKeys(tw);
    }

    private static Path csv(String... lines) throws Exception {
        Path file = Files.createTempFile("regions-", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
