package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's price list (维修清单), warranty terms (三包) and repair oversight in the browser: a draft price list imported
 * from CSV (all or nothing) and published; the overcharge list and the repeat repairs; read-only HQ roles;
 * a refused warranty change; outlet users kept out.
 */
class RepairOversightIT {

    private static final String HEADER = "kind,category,code,name_en,name_zh_cn,name_zh_tw,min_price,max_price";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void hqImportsADraftPriceListAllOrNothingAndPublishesIt() throws Exception {
        LocalDate latest = ((Date) Fixtures.single("SELECT max(valid_from) FROM price_list")).toLocalDate();
        // not tomorrow: a suite that runs across midnight in China would then report the other tests' repairs
        // under this list, which has none of their parts
        LocalDate afterTomorrow = LocalDate.now(BUSINESS_ZONE).plusDays(2);
        LocalDate validFrom = latest.plusDays(1).isAfter(afterTomorrow) ? latest.plusDays(1) : afterTomorrow;
        long predecessor = (Long) Fixtures.single("SELECT id FROM price_list WHERE published ORDER BY valid_from DESC LIMIT 1");
        long predecessorLines = (Long) Fixtures.single("SELECT count(*) FROM price_line WHERE price_list_id = ?", predecessor);
        String note = "IT " + Fixtures.unique();

        Path bad = csv(HEADER, "PART,AIR_CONDITIONER,IT-COMP,Compressor,压缩机,壓縮機,300.00,500.00",
                "PART,AIR_CONDITIONER,IT-FAN,Fan,风扇,風扇,90.00,40.00",
                "GADGET,REFRIGERATOR,IT-X,X,甲,甲,1.00,2.00");
        Path good = csv(HEADER, "PART,AIR_CONDITIONER,IT-COMP,Compressor,压缩机,壓縮機,300.00,500.00",
                "LABOUR,AIR_CONDITIONER,IN_SHOP,In-shop labour,到店人工,到店工時,50.00,80.00",
                "PART,REFRIGERATOR,IT-DOOR,\"Door seal, large\",门封条,門封條,20,35.5");

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/price-lists.xhtml");
            browser.click("price-lists-form:new-draft");
            browser.driver().findElement(By.id("draft-form:valid-from_input")).sendKeys(validFrom.toString());
            browser.driver().findElement(By.id("draft-form:note")).sendKeys(note);
            browser.click("draft-form:draft-save");
            browser.settle();
            browser.screenshot("price-list-draft");
            browser.until(d -> d.getCurrentUrl().contains("price-list.xhtml?id="));
            long draft = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertEquals(note, Fixtures.single("SELECT note FROM price_list WHERE id = ? AND NOT published", draft));
            assertEquals(predecessorLines, Fixtures.single("SELECT count(*) FROM price_line WHERE price_list_id = ?", draft),
                    "a draft starts as a copy of the latest published list");

            upload(browser, bad);
            String errors = browser.text("import-form:import-messages");
            browser.screenshot("price-list-import-refused");
            assertTrue(errors.contains("Line 3") && errors.contains("Line 4") && errors.contains("GADGET"), errors);
            assertFalse(errors.contains("Line 2"), errors);
            assertEquals(predecessorLines, Fixtures.single("SELECT count(*) FROM price_line WHERE price_list_id = ?", draft),
                    "one bad line and the draft keeps its lines");

            browser.driver().navigate().refresh();
            upload(browser, good);
            browser.until(d -> d.findElements(By.cssSelector("#price-list-form\\:lines .sn-line-code")).size() == 3);
            assertEquals(List.of(List.of("AIR_CONDITIONER", "LABOUR", "IN_SHOP"), List.of("AIR_CONDITIONER", "PART", "IT-COMP"),
                            List.of("REFRIGERATOR", "PART", "IT-DOOR")),
                    Fixtures.query("SELECT category, kind, code FROM price_line WHERE price_list_id = ? ORDER BY category, kind, code", draft));
            assertEquals("Door seal, large", Fixtures.single("SELECT name_en FROM price_line WHERE price_list_id = ? AND code = 'IT-DOOR'", draft));

            browser.driver().findElement(By.cssSelector("tr.sn-line-PART-IT-COMP [id$=':edit-line']")).click();
            browser.settle();
            browser.retype("line-form:line-max_input", "550");
            browser.click("line-form:line-save");
            browser.settle();
            browser.screenshot("price-line-saved");
            browser.until(d -> !d.findElement(By.id("line-dialog")).isDisplayed()
                    && d.findElements(By.cssSelector(".ui-widget-overlay")).stream().noneMatch(WebElement::isDisplayed));
            browser.driver().findElement(By.cssSelector("tr.sn-line-LABOUR-IN_SHOP [id$=':remove-line']")).click();
            browser.click("confirm-yes");
            browser.settle();
            browser.until(d -> d.findElements(By.cssSelector("#price-list-form\\:lines .sn-line-code")).size() == 2);
            assertEquals(List.of(List.of("IT-COMP", new java.math.BigDecimal("300.00"), new java.math.BigDecimal("550.00")),
                            List.of("IT-DOOR", new java.math.BigDecimal("20.00"), new java.math.BigDecimal("35.50"))),
                    Fixtures.query("SELECT code, min_price, max_price FROM price_line WHERE price_list_id = ? ORDER BY code", draft));

            browser.click("price-list-form:publish");
            browser.click("confirm-yes");
            browser.settle();
            browser.until(d -> d.findElements(By.id("price-list-form:publish")).isEmpty());
            browser.screenshot("price-list-published");
            assertEquals("Published", browser.text("price-list-form:state"));
            assertEquals(List.of(List.of(true, "hq.admin")),
                    Fixtures.query("SELECT published, published_by FROM price_list WHERE id = ?", draft));
            assertEquals(Date.valueOf(validFrom), Fixtures.single("SELECT valid_to FROM price_list WHERE id = ?", predecessor),
                    "the predecessor ends the day its successor starts");

            browser.click("price-list-form:export");
            String exported = Files.readString(browser.downloaded(".csv"), UTF_8);
            assertTrue(exported.startsWith(HEADER + "\n") && exported.contains("PART,REFRIGERATOR,IT-DOOR,\"Door seal, large\",门封条,門封條,20.00,35.50"),
                    exported);
        }
    }

    @Test
    void theOverchargeListShowsFlaggedRepairsAndTheRepeatsPageNamesBothOutlets() throws Exception {
        String u = Fixtures.unique();
        String serial = "SN-IT-" + u;
        long flagged = repair(1, "ITF-" + u, serial, "now() - interval '2 days'", true);
        long clean = repair(2, "ITN-" + u, serial, "now() - interval '1 hour'", false);

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.quality", "/network-admin/repairs.xhtml?flagged=true");
            assertEquals("Overcharge list", browser.text("repairs-title"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.sn-repair-row"));
            assertFalse(rows.isEmpty(), "the demo data has overcharged repairs");
            for (WebElement row : rows) {
                assertFalse(row.findElements(By.cssSelector(".sn-flag")).isEmpty(), row.getText());
            }

            browser.driver().findElement(By.id("repairs-form:filter-serial")).sendKeys(serial);
            browser.click("repairs-form:search");
            browser.settle();
            browser.until(d -> d.findElements(By.cssSelector("tr.sn-repair-row")).size() == 1);
            browser.screenshot("overcharge-list");
            String table = browser.text("repairs-form:repairs-table");
            assertTrue(table.contains("ITF-" + u) && table.contains("Overcharged"), table);
            assertFalse(table.contains("ITN-" + u), table);

            browser.driver().findElement(By.cssSelector("[id='repairs-form:filter-flagged'] .ui-chkbox-box")).click();
            browser.click("repairs-form:search");
            browser.settle();
            browser.until(d -> d.findElements(By.cssSelector("tr.sn-repair-row")).size() == 2);
            assertTrue(browser.text("repairs-form:repairs-table").contains("ITN-" + u), "without the flag the clean repair is listed");

            // outlet 2 holds SH-SH-XH, outlet 1 SH-SH-PD (demo data)
            browser.driver().findElement(By.id("repairs-form:filter-region")).sendKeys("sh-sh-xh");
            browser.click("repairs-form:search");
            browser.settle();
            browser.until(d -> d.findElements(By.cssSelector("tr.sn-repair-row")).size() == 1);
            assertTrue(browser.text("repairs-form:repairs-table").contains("ITN-" + u), "the region filter keeps outlet 2's repair");

            browser.driver().findElement(By.id("repairs-form:filter-region")).clear();
            browser.autoComplete("repairs-form:filter-outlet", "SH-PD-01");
            browser.click("repairs-form:search");
            browser.settle();
            browser.until(d -> d.findElements(By.cssSelector("tr.sn-repair-row")).size() == 1);
            assertTrue(browser.text("repairs-form:repairs-table").contains("ITF-" + u), "the outlet filter keeps outlet 1's repair");

            browser.open("/network-admin/repeats.xhtml");
            WebElement pair = browser.driver().findElement(By.xpath(
                    "//tr[contains(@class,'sn-repeat-row')][.//span[@class='sn-serial' and text()='" + serial + "']]"));
            assertEquals("SH-PD-01", pair.findElement(By.className("sn-first-outlet")).getText());
            assertEquals("SH-XH-01", pair.findElement(By.className("sn-repeat-outlet")).getText());
            WebElement first = pair.findElement(By.className("sn-first-link"));
            WebElement repeat = pair.findElement(By.className("sn-repeat-link"));
            assertEquals("ITF-" + u, first.getText());
            assertEquals("ITN-" + u, repeat.getText());
            assertTrue(first.getAttribute("href").endsWith("repair.xhtml?id=" + flagged), first.getAttribute("href"));
            assertTrue(repeat.getAttribute("href").endsWith("repair.xhtml?id=" + clean), repeat.getAttribute("href"));

            first.click();
            assertEquals("ITF-" + u, browser.text("repair-ticket"));
            assertEquals("测*** 138****5678", browser.text("repair-customer"), "HQ sees the customer masked");
            assertFalse(browser.driver().getPageSource().contains("13812345678"));
            assertTrue(browser.text("repair-flags").contains("Overcharged"));
            browser.screenshot("repair-detail");
        }
    }

    @Test
    void otherHqRolesReadWithoutEditingAndOutletUsersAndShoppersAreForbidden() {
        try (Browser browser = Browser.english()) {
            browser.openAs("hq.auditor", "/network-admin/price-lists.xhtml");
            assertTrue(browser.present("a.sn-price-list-link"), "the auditor sees the versions");
            assertFalse(browser.present("[id='price-lists-form:new-draft']"));

            browser.open("/network-admin/price-list.xhtml?id=1");
            assertFalse(browser.driver().findElements(By.cssSelector("#price-list-form\\:lines .sn-line-code")).isEmpty());
            for (String action : List.of("add-line", "import", "publish", "discard")) {
                assertFalse(browser.present("[id='price-list-form:" + action + "']"), action);
            }
            assertFalse(browser.present("[id$=':edit-line']") || browser.present("[id$=':remove-line']"));
            assertTrue(browser.present("[id='price-list-form:export']"), "everybody may download the list");

            browser.open("/network-admin/warranty.xhtml");
            assertTrue(browser.present("tr.sn-term-AIR_CONDITIONER"));
            assertFalse(browser.present("[id$=':edit-term']"));
        }
        try (Browser browser = Browser.english()) {
            browser.openAs("manager.1", "/network-admin/repairs.xhtml");
            assertEquals("Access denied", browser.text("error-title"));
            assertFalse(browser.driver().getPageSource().contains("sn-repair-row"));
            browser.open("/network-admin/price-lists.xhtml");
            assertEquals("Access denied", browser.text("error-title"));
        }
        try (Browser browser = Browser.english()) {
            // mystery shoppers may open network-admin for their visits only: home sends them there, nothing else is theirs
            browser.openAs("shopper", "/network-admin/");
            assertTrue(browser.present("#nav-visits"));
            assertFalse(browser.present("#nav-outlets"));
            assertFalse(browser.present("#nav-repairs"));
            browser.open("/network-admin/repairs.xhtml?flagged=true");
            assertEquals("Access denied", browser.text("error-title"));
        }
    }

    @Test
    void refusedChangesShowTheRuleAndChangeNothing() throws Exception {
        List<List<Object>> before = Fixtures.query(
                "SELECT return_days, replace_days, repair_days, version FROM warranty_term WHERE category = 'SMALL_APPLIANCE'");
        int replaceDays = (Integer) before.get(0).get(1);
        LocalDate yesterday = LocalDate.now(BUSINESS_ZONE).minusDays(1);
        String note = "IT past " + Fixtures.unique();

        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/warranty.xhtml");
            browser.driver().findElement(By.cssSelector("tr.sn-term-SMALL_APPLIANCE [id$=':edit-term']")).click();
            browser.settle();
            browser.retype("warranty-form:return-days_input", String.valueOf(replaceDays + 1));
            browser.click("warranty-form:warranty-save");
            browser.settle();
            String messages = browser.text("warranty-form:warranty-messages");
            browser.screenshot("warranty-refused");
            assertTrue(messages.contains("cannot be longer than replacement"), messages);
            assertTrue(browser.driver().findElement(By.id("warranty-dialog")).isDisplayed(), "the dialog stays open");
            assertEquals(before, Fixtures.query(
                    "SELECT return_days, replace_days, repair_days, version FROM warranty_term WHERE category = 'SMALL_APPLIANCE'"));

            // a draft may be prepared for any day, but not published for a day in the past
            browser.open("/network-admin/price-lists.xhtml");
            browser.click("price-lists-form:new-draft");
            browser.driver().findElement(By.id("draft-form:valid-from_input")).sendKeys(yesterday.toString());
            browser.driver().findElement(By.id("draft-form:note")).sendKeys(note);
            browser.click("draft-form:draft-save");
            browser.until(d -> d.getCurrentUrl().contains("price-list.xhtml?id="));
            long draft = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            browser.click("price-list-form:publish");
            browser.click("confirm-yes");
            browser.settle();
            String refusal = browser.text("price-list-form:page-messages");
            browser.screenshot("price-list-publish-refused");
            assertTrue(refusal.contains("cannot start in the past"), refusal);
            assertEquals(false, Fixtures.single("SELECT published FROM price_list WHERE id = ?", draft));

            browser.click("price-list-form:discard");
            browser.click("confirm-yes");
            browser.until(d -> d.getCurrentUrl().contains("price-lists.xhtml"));
            browser.settle();
            assertEquals(0L, Fixtures.single("SELECT count(*) FROM price_list WHERE id = ?", draft), "the draft is discarded");
            assertEquals(0L, Fixtures.single("SELECT count(*) FROM price_line WHERE price_list_id = ?", draft));
        }
    }

    /** A closed repair written straight into the database, as the superuser (row-level security does not bind it). */
    private static long repair(long outletId, String ticket, String serial, String receivedAt, boolean overcharged) throws Exception {
        return (Long) Fixtures.single("INSERT INTO repair_order (id, outlet_id, ticket_no, status, service_type, category, model, "
                + "serial_no, fault, customer_name, customer_phone, received_at, closed_at, labour_fee, amount_charged, "
                + "warranty_coverage, warranty_decision, customer_confirmed, price_list_id, overcharged, created_by) "
                + "VALUES (nextval('repair_order_seq'), ?, ?, 'CLOSED', 'IN_SHOP', 'AIR_CONDITIONER', 'IT-AC-1', ?, '不制冷', "
                + "'测试顾客', '13812345678', " + receivedAt + ", now(), 60, ?, 'NONE', 'PAID_REPAIR', true, 1, ?, 'fixture') "
                + "RETURNING id", outletId, ticket, serial, new java.math.BigDecimal(overcharged ? "999.00" : "120.00"), overcharged);
    }

    private static void upload(Browser browser, Path csv) {
        browser.click("price-list-form:import");
        browser.driver().findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(csv.toString());
        browser.click("import-form:import-save");
        browser.settle();
    }

    private static Path csv(String... lines) throws Exception {
        Path file = Files.createTempFile("price-list-", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
