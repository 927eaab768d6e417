package com.servicenet.systemtests;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.servicenet.systemtests.Platform.json;
import static com.servicenet.systemtests.Platform.post;
import static com.servicenet.systemtests.Platform.userToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's public page behind an outlet's QR code, in headless Chromium without login: a serving outlet with
 * the official prices, a terminated one, forged and malformed codes answered alike, Chinese on a phone, a complaint
 * filed on the page followed through HQ (API) and the outlet's manager (portal) to RESOLVED on the tracking page,
 * the rate limit per client address, and bad input that writes nothing.
 */
class ConsumerPageIT {

    private static final String SERVICE = "/tenant-web/service.xhtml?code=";
    private static final String NOT_OURS = "Not a code of the brand";

    /** A client address of its own (the test platform trusts loopback's X-Forwarded-For), so that no other test's requests count. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51.100." + random.nextInt(1, 255);
    }

    private static Browser anybody(String language) {
        return Browser.speaking(language).forwardedFor(address());
    }

    private static String publicCode(long outletId) throws SQLException {
        return (String) Fixtures.single("SELECT public_code FROM outlet WHERE id = ?", outletId);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Fixtures.single(sql, parameters)).longValue();
    }

    @Test
    void aServingOutletsPageShowsItsNameItsStandingAndTheOfficialPricesInForce() throws Exception {
        String code = publicCode(1);
        HttpResponse<String> api = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/public/outlets/" + code))
                .header("X-Forwarded-For", address()).GET());
        assertEquals(200, api.statusCode(), api.body());
        List<String> expected = new ArrayList<>(json(api.body()).getJsonArray("prices").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code") + " " + p.getJsonNumber("minPrice").bigDecimalValue().stripTrailingZeros().toPlainString()
                        + "-" + p.getJsonNumber("maxPrice").bigDecimalValue().stripTrailingZeros().toPlainString()).toList());
        assertFalse(expected.isEmpty(), "the demo price list in force covers outlet 1");

        try (Browser customer = anybody("en-US")) {
            customer.open(SERVICE + code);
            assertEquals("Authorized outlet, serving", customer.text("standing-state"));
            assertEquals("SERVING", customer.driver().findElement(By.id("standing-state")).getAttribute("data-standing"));
            assertEquals(Fixtures.single("SELECT legal_name FROM outlet WHERE id = 1"), customer.text("outlet-name"));
            List<String> shown = new ArrayList<>();
            for (WebElement line : customer.driver().findElements(By.cssSelector("#price-lines li.sn-price"))) {
                String[] range = line.findElement(By.className("sn-price-range")).getText().replace("¥", "").split(" – ");
                shown.add(line.getAttribute("data-code") + " " + new BigDecimal(range[0]).stripTrailingZeros().toPlainString()
                        + "-" + new BigDecimal(range[1]).stripTrailingZeros().toPlainString());
            }
            expected.sort(null);
            shown.sort(null);
            assertEquals(expected, shown, "the official price ranges of the list in force, for the outlet's categories");
            String page = customer.driver().getPageSource();
            String phone = (String) Fixtures.single("SELECT contact_phone FROM outlet WHERE id = 1");
            assertFalse(phone != null && page.contains(phone), "not even the outlet's own phone number is personal data to show");
            assertTrue(customer.present("#complaint-form"), "a complaint form");
            assertTrue(customer.present("#certificate-form"), "a certificate check");
            customer.screenshot("consumer-page-serving");

            // the certificate check leads to the existing verification page
            customer.driver().findElement(By.id("certificate-code")).sendKeys("XYZ");
            customer.click("certificate-check-button");
            assertEquals("No such certificate", customer.text("verdict-state"));
            assertTrue(customer.driver().getCurrentUrl().startsWith(Platform.URL + "/tenant-web/verify.xhtml?code=XYZ"));
        }
    }

    @Test
    void aTerminatedOutletSaysSoAndForgedAndMalformedCodesGetTheSameAnswer() throws Exception {
        long terminated = Fixtures.outlet("CT" + Fixtures.unique(), "TERMINATED");
        String real = publicCode(1);
        String forged = real.substring(0, 31) + (real.endsWith("0") ? "1" : "0");
        try (Browser customer = anybody("en-US")) {
            customer.open(SERVICE + publicCode(terminated));
            assertEquals("No longer an authorized outlet", customer.text("standing-state"));
            assertEquals("TERMINATED", customer.driver().findElement(By.id("standing-state")).getAttribute("data-standing"));
            assertFalse(customer.present("#price-lines"), "a terminated outlet has no prices of the brand");

            customer.open(SERVICE + forged);
            assertEquals(NOT_OURS, customer.text("standing-state"));
            String forgedAnswer = main(customer);
            customer.open(SERVICE + "%27%20OR%201=1--");
            String malformedAnswer = main(customer);
            customer.open(SERVICE + publicCode(Fixtures.outlet("CC" + Fixtures.unique(), "CANDIDATE")));
            String candidateAnswer = main(customer);
            customer.open("/tenant-web/service.xhtml");
            String noCode = main(customer);
            assertEquals(forgedAnswer, malformedAnswer, "forged and malformed codes get the same page");
            assertEquals(forgedAnswer, candidateAnswer, "a candidate never authorized is not an outlet of the brand either");
            assertEquals(forgedAnswer, noCode);
            assertFalse(customer.present("#complaint-form"), "no complaint against a code that is not the brand's");
        }
    }

    @Test
    void thePageSpeaksSimplifiedChineseAndFitsAPhone() throws Exception {
        try (Browser customer = anybody("zh-CN").phone(390, 844)) {
            customer.open(SERVICE + publicCode(1));
            assertEquals("授权特约维修点，正常服务中", customer.text("standing-state"));
            assertTrue(customer.driver().getPageSource().contains("统一收费标准"));
            assertEquals("提交给总部", customer.driver().findElement(By.id("complaint-form:file")).getAttribute("value"));
            customer.screenshot("consumer-page-390-zh-CN");
            assertFalse(customer.scrollsSideways(), "no sideways scrolling at 390 px: "
                    + customer.script("return document.documentElement.scrollWidth"));
            customer.open(SERVICE + "nonsense");
            assertEquals("不是本品牌的编码", customer.text("standing-state"));
            assertFalse(customer.scrollsSideways());
        }
        try (Browser customer = anybody("zh-TW")) {
            customer.open(SERVICE + publicCode(1));
            assertEquals("授權特約維修點，正常服務中", customer.text("standing-state"));
        }
    }

    @Test
    void aComplaintFiledOnThePageReachesHqTheOutletAnswersAndTheTrackingShowsItResolved() throws Exception {
        String marker = "修了三次还是不制冷 " + Fixtures.unique();
        String tracking;
        try (Browser customer = anybody("en-US")) {
            customer.open(SERVICE + publicCode(1));
            new Select(customer.driver().findElement(By.id("complaint-form:category"))).selectByValue("REPAIR_QUALITY");
            customer.driver().findElement(By.id("complaint-form:description")).sendKeys(marker);
            customer.driver().findElement(By.id("complaint-form:customer-name")).sendKeys("韩梅梅");
            customer.driver().findElement(By.id("complaint-form:customer-phone")).sendKeys("139 0000 0077");
            customer.click("complaint-form:file");
            tracking = customer.text("filed-code");
            assertTrue(customer.driver().getCurrentUrl().contains("/tenant-web/track.xhtml"), customer.driver().getCurrentUrl());
            assertEquals("Received", customer.text("complaint-state"));
            assertFalse(customer.driver().getPageSource().contains(marker), "the tracking shows the state, not the text");
            customer.screenshot("consumer-complaint-filed");
        }
        long id = count("SELECT id FROM complaint WHERE tracking_code = ?", tracking);
        assertEquals(List.of(List.of(1L, "PUBLIC", "REPAIR_QUALITY", "RECEIVED", marker)),
                Fixtures.query("SELECT outlet_id, source, category, status, description FROM complaint WHERE id = ?", id));
        assertEquals(List.of(List.of("韩梅梅", "139 0000 0077")),
                Fixtures.query("SELECT name, phone FROM complaint_contact WHERE complaint_id = ?", id));

        String hq = userToken("hq.quality");
        String question = "请说明为何三次未修好 " + Fixtures.unique();
        HttpResponse<String> asked = post("complaints/" + id + "/question", hq, "{\"text\":\"" + question + "\"}");
        assertEquals(200, asked.statusCode(), asked.body());

        String answer = "已更换压缩机并上门致歉 " + Fixtures.unique();
        try (Browser manager = Browser.english()) {
            manager.openAs("manager.1", "/tenant-web/complaint.xhtml?id=" + id);
            assertEquals(question, manager.text("complaint-question"));
            assertEquals(marker, manager.text("complaint-description"));
            String page = manager.driver().getPageSource();
            assertFalse(page.contains("139 0000 0077") || page.contains("韩梅梅") || page.contains(tracking),
                    "the outlet never sees who complained");
            manager.driver().findElement(By.id("respond-form:response")).sendKeys(answer);
            manager.click("respond-form:send");
            manager.untilText("complaint-response", answer::equals);
            assertFalse(manager.present("#respond-form"), "one response only");
        }
        HttpResponse<String> resolved = post("complaints/" + id + "/resolution", hq, "{\"text\":\"网点已返修并致歉\"}");
        assertEquals(200, resolved.statusCode(), resolved.body());

        try (Browser customer = anybody("zh-CN")) {
            customer.open("/tenant-web/track.xhtml?code=" + tracking.toLowerCase());
            assertEquals("已解决", customer.text("complaint-state"));
            assertEquals("RESOLVED", customer.driver().findElement(By.id("complaint-state")).getAttribute("data-status"));
            String page = customer.driver().getPageSource();
            assertFalse(page.contains(answer) || page.contains(question) || page.contains(marker), "the state only");
            customer.open("/tenant-web/track.xhtml?code=NOPE");
            assertEquals("查无此投诉", customer.text("complaint-state"));
        }
    }

    @Test
    void malformedComplaintsGetMessagesNextToTheirFieldsAndWriteNothing() throws Exception {
        long complaints = count("SELECT count(*) FROM complaint");
        long contacts = count("SELECT count(*) FROM complaint_contact");
        try (Browser customer = anybody("en-US")) {
            customer.open(SERVICE + publicCode(1));
            customer.driver().findElement(By.id("complaint-form:description")).sendKeys("   ");
            customer.driver().findElement(By.id("complaint-form:customer-phone")).sendKeys("call me maybe");
            customer.click("complaint-form:file");
            // the answer is a new page: wait for its message, across the old page's elements going stale
            assertEquals("Please choose what the complaint is about.", customer.untilText("complaint-form:category-message", t -> !t.isBlank()));
            assertEquals("Please describe what happened.", customer.text("complaint-form:description-message"));
            assertEquals("This is not a phone number: use digits, spaces, dashes, brackets and a leading + only.",
                    customer.text("complaint-form:customer-phone-message"));
            assertFalse(customer.present("#filed-code"));
            customer.screenshot("consumer-complaint-refused");

            new Select(customer.driver().findElement(By.id("complaint-form:category"))).selectByValue("OVERCHARGING");
            customer.script("document.getElementById('complaint-form:description').value = arguments[0];", "x".repeat(2001));
            WebElement phone = customer.driver().findElement(By.id("complaint-form:customer-phone"));
            phone.clear();
            phone.sendKeys("021-5555 0101");
            customer.click("complaint-form:file");
            customer.untilText("complaint-form:description-message", t -> t.startsWith("Please keep the description within 2"));
            assertEquals("", customer.driver().findElement(By.id("complaint-form:category-message")).getText(),
                    "the category is right this time");
            assertEquals("", customer.driver().findElement(By.id("complaint-form:customer-phone-message")).getText());
        }
        try (Browser customer = anybody("zh-CN")) {
            customer.open(SERVICE + publicCode(1));
            customer.click("complaint-form:file");
            assertEquals("请描述发生了什么。", customer.untilText("complaint-form:description-message", t -> !t.isBlank()));
            assertEquals("请填写电话号码，以便品牌回访。", customer.text("complaint-form:customer-phone-message"));
        }
        assertEquals(complaints, count("SELECT count(*) FROM complaint"), "bad input writes no complaint");
        assertEquals(contacts, count("SELECT count(*) FROM complaint_contact"), "nor a contact");
    }

    @Test
    void thePageIsRateLimitedPerClientAddress() throws Exception {
        // an address of its own on the loopback network, so that this test's bucket is nobody else's
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "127." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
        String path = "/tenant-web/service.xhtml?code=" + publicCode(1);
        int ok = 0;
        String[] refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            String[] answer = get(address, path, "zh-CN");
            if (answer[0].contains(" 200 ")) {
                assertFalse(answer[0].contains("JSESSIONID"), "the public page keeps no session: " + answer[0]);
                ok++;
            } else {
                refused = answer;
            }
        }
        assertNotNull(refused, "40 page loads at once from one address are not all answered");
        assertTrue(ok >= 5 && ok <= 15, "a small burst passes first: " + ok);
        assertTrue(refused[0].contains(" 429 "), refused[0]);
        assertTrue(refused[0].matches("(?s).*\\r\\nRetry-After: [1-9][0-9]*\\r\\n.*"), refused[0]);
        assertTrue(refused[1].contains("请求次数过多"), refused[1]);
        String[] tracking = get(address, "/tenant-web/track.xhtml?code=XYZ", "en");
        assertTrue(tracking[0].contains(" 429 "), "the tracking shares the address's bucket: " + tracking[0]);
        assertTrue(tracking[1].contains("Too many requests"), tracking[1]);
        String[] other = get(address.replaceFirst("\\.[0-9]+$", ".251"), path, "en");
        assertTrue(other[0].contains(" 200 "), "another address has its own bucket: " + other[0]);
    }

    @Test
    void complaintPostsBeyondTheLimitAreRefusedWith429AndWriteNothing() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "127." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
        String marker = "throttled page " + Fixtures.unique();
        // the complaint form as the browser sends it (a stateless view: its view state is the word "stateless")
        String form = "complaint-form=complaint-form&code=" + publicCode(1) + "&complaint-form%3Acategory=DELAY"
                + "&complaint-form%3Adescription=" + java.net.URLEncoder.encode(marker, UTF_8)
                + "&complaint-form%3Acustomer-phone=139+0000+0099&complaint-form%3Afile=Send&jakarta.faces.ViewState=stateless";
        int filed = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            String head = send(address, "POST /tenant-web/service.xhtml HTTP/1.1", "en", form)[0];
            if (head.contains(" 302 ") && head.contains("/tenant-web/track.xhtml")) {
                filed++;
            } else {
                assertTrue(head.contains(" 429 "), head);
                refused++;
            }
        }
        assertTrue(filed >= 5 && filed <= 15, "a small burst is filed: " + filed);
        assertTrue(refused >= 25, "the rest is refused: " + refused);
        assertEquals(filed, count("SELECT count(*) FROM complaint WHERE description = ?", marker), "each refused post wrote nothing");
    }

    /** The page's main part, which tells a code's answer (for comparing answers). */
    private static String main(Browser browser) {
        browser.text("standing-state");
        return (String) browser.script("return document.querySelector('main').innerHTML;");
    }

    /** A plain HTTP/1.1 GET sent from the given loopback address; returns the head and the body. */
    private static String[] get(String fromAddress, String path, String language) throws Exception {
        return send(fromAddress, "GET " + path + " HTTP/1.1", language, null);
    }

    /** A request sent from the given loopback address, with a form body if any; returns the head and the body. */
    private static String[] send(String fromAddress, String requestLine, String language, String form) throws Exception {
        URI platform = URI.create(Platform.URL);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", platform.getPort()), 5000);
            socket.setSoTimeout(15000);
            OutputStream out = socket.getOutputStream();
            byte[] body = form == null ? new byte[0] : form.getBytes(UTF_8);
            out.write((requestLine + "\r\nHost: localhost:" + platform.getPort() + "\r\nAccept-Language: " + language
                    + (form == null ? "" : "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length)
                    + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), UTF_8);
            int split = response.indexOf("\r\n\r\n");
            return new String[] {response.substring(0, split + 2), response.substring(split + 4)};
        }
    }
}
