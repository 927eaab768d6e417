package com.servicenet.bench;

import com.servicenet.systemtests.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outlet list as HQ sees it, timed in headless Chromium against a running platform: a full page load,
 * paging to the next page and sorting by name (AJAX round trips of the lazy table). Not a test: run by
 * bench/outlet-list.sh, which seeds the outlets first. Prints min / median / p95 / max in milliseconds.
 */
class OutletListBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);

    @Test
    void outletList() {
        try (Browser browser = Browser.english()) {
            browser.openAs("hq.admin", "/network-admin/outlets.xhtml");
            String total = browser.text("outlets-form:outlets-table").lines()
                    .filter(line -> line.matches(".*\\d+–\\d+ / \\d+.*")).findFirst().orElse("?");
            System.out.println("outlet list: " + total.strip());

            report("full page load (navigation start to load event)", () -> {
                browser.open("/network-admin/outlets.xhtml");
                return (Long) browser.script("var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.loadEventEnd);");
            });
            report("server response of the page (request start to response end)", () -> {
                browser.open("/network-admin/outlets.xhtml");
                return (Long) browser.script("var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.responseEnd - t.requestStart);");
            });
            report("next page (AJAX, lazy load of 25 rows)", () -> timed(browser, () ->
                    browser.driver().findElement(By.cssSelector("#outlets-form\\:outlets-table .ui-paginator-next")).click()));
            report("sort by legal name (AJAX)", () -> timed(browser, () ->
                    browser.driver().findElements(By.cssSelector("#outlets-form\\:outlets-table th.ui-sortable-column")).get(1).click()));
            assertTrue(browser.present("a.sn-outlet-link"));
        }
    }

    private static long timed(Browser browser, Runnable action) {
        long start = System.nanoTime();
        action.run();
        browser.settle();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void report(String what, Supplier<Long> sample) {
        for (int i = 0; i < WARMUP; i++) {
            sample.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(sample.get());
        }
        Collections.sort(times);
        System.out.printf("BENCH %-60s n=%d min=%d median=%d p95=%d max=%d ms%n", what, RUNS, times.get(0),
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
    }
}
