package com.servicenet.systemtests;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform as one EAR on a full Payara Server 6, beside the test platform (same database and Keycloak):
 * deploy/server/domain.sh creates a domain, its pool jdbc/servicenet and the application's configuration, and
 * deploys platform-ear, exactly as an operator would run it. Then the API and both portals' logins are tried on the
 * domain's address, one outlet's repair stays out of another outlet's sight there too, and the domain's log is JSON
 * as the Micro nodes' is.
 */
class PayaraServerIT {

    static final int PORTBASE = Integer.getInteger("servicenet.server.portbase", 18300);
    static final String URL = "http://localhost:" + (PORTBASE + 80);
    private static final Path ROOT = Path.of(System.getProperty("servicenet.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "payara-server").toAbsolutePath();
    private static final Path LOG = WORK.resolve("domain.sh.log");

    @BeforeAll
    static void deployTheEar() throws Exception {
        // a domain of an earlier run would skip its creation, which is half of what this test is about
        deleteTree(WORK.resolve("domains"));
        Files.createDirectories(WORK);
        int status = domain("start", WORK.resolve("domains").toString(), String.valueOf(PORTBASE));
        assertEquals(0, status, "deploy/server/domain.sh start failed; see " + LOG + ":\n" + tail());
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        domain("stop", WORK.resolve("domains").toString());
    }

    @Test
    void theServerIsReadyAndServesTheApisDocument() {
        HttpResponse<String> ready = Platform.send(HttpRequest.newBuilder(URI.create(URL + "/health/ready")));
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());

        HttpResponse<String> document = Platform.send(HttpRequest.newBuilder(URI.create(URL + "/openapi")));
        assertEquals(200, document.statusCode());
        // the API's own settings reached it inside the EAR: its server entry is this domain's address
        assertTrue(document.body().contains(URL + "/api"), "servers: " + document.body().lines().limit(20).toList());
        assertTrue(document.body().contains("/v1/repairs:"));
    }

    @Test
    void anOutletReportsAndReadsARepairThroughTheServersPoolAndAnotherOutletSeesNothingOfIt() {
        String shop1 = Platform.clientToken("shop-1", "shop-1-dev-secret");
        String shop2 = Platform.clientToken("shop-2", "shop-2-dev-secret");
        String ticket = "EAR-" + Fixtures.unique();

        HttpResponse<String> created = api(HttpRequest.newBuilder(URI.create(URL + "/api/v1/repairs"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(RepairApiIT.report(ticket), UTF_8)), shop1);
        assertEquals(201, created.statusCode(), created.body());
        long id = Platform.json(created.body()).getJsonNumber("id").longValue();

        HttpResponse<String> read = api(HttpRequest.newBuilder(URI.create(URL + "/api/v1/repairs/" + id)), shop1);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(ticket, Platform.json(read.body()).getString("ticketNo"));
        // the same database as the Payara Micro platform: what one server wrote, the other reads
        assertEquals(200, Platform.get("repairs/" + id, shop1).statusCode());

        assertEquals(404, api(HttpRequest.newBuilder(URI.create(URL + "/api/v1/repairs/" + id)), shop2).statusCode());
        HttpResponse<String> listed = api(HttpRequest.newBuilder(URI.create(URL + "/api/v1/repairs?ticketNo=" + ticket)), shop2);
        assertEquals(200, listed.statusCode(), listed.body());
        List<JsonObject> items = Platform.json(listed.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.isEmpty(), "shop-2 sees shop-1's repair: " + items);

        assertEquals(401, api(HttpRequest.newBuilder(URI.create(URL + "/api/v1/repairs/" + id)), null).statusCode());
    }

    @Test
    void theDomainLogsARefusedRequestAsJsonWithItsRequestIdAndTenant() {
        JsonLog log = JsonLog.from(WORK.resolve("domains/servicenet/logs/server.log"));
        String requestId = "ear-log-" + Fixtures.unique();
        String bad = RepairApiIT.report("EAR-" + Fixtures.unique()).replace("\"T01\"", "\"NO-SUCH-TECH\"");

        HttpResponse<String> refused = api(HttpRequest.newBuilder(URI.create(URL + "/api/v1/repairs"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(bad, UTF_8)), Platform.clientToken("shop-1", "shop-1-dev-secret"));
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.statusCode() + " " + refused.body());

        JsonObject line = log.lineOfRequest(requestId);
        assertEquals("1", line.getString("tenant"), line.toString());
        assertEquals("POST /repairs", line.getString("endpoint"), line.toString());
    }

    @Test
    void anOutletManagerLogsIntoTheOutletPortal() {
        try (Browser browser = Browser.english()) {
            browser.driver().get(URL + "/tenant-web/");
            browser.logInAs("manager.1");

            assertEquals("SH-PD-01", browser.untilText("home-outlet-code", text -> !text.isBlank()));
            assertEquals("manager.1", browser.text("home-caller"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(URL + "/tenant-web/"), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void headquartersLogsIntoNetworkAdministrationWithItsOwnClient() {
        try (Browser browser = Browser.english()) {
            browser.driver().get(URL + "/network-admin/");
            // each portal is its own Keycloak client inside the one application (OidcSettings)
            assertTrue(browser.driver().getCurrentUrl().contains("client_id=network-admin"), browser.driver().getCurrentUrl());
            browser.logInAs("hq.admin");

            assertEquals("HQ network admin", browser.untilText("home-roles", text -> !text.isBlank()));
            assertEquals("HQ network administration", browser.text("app-title"));
        }
    }

    @Test
    void anOutletUserIsRefusedInNetworkAdministration() {
        try (Browser browser = Browser.english()) {
            browser.driver().get(URL + "/network-admin/");
            browser.logInAs("tech.1");

            assertEquals("Access denied", browser.untilText("error-title", text -> !text.isBlank()));
            assertFalse(browser.driver().getPageSource().contains("home-roles"));
        }
    }

    private static HttpResponse<String> api(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Platform.send(request);
    }

    /** Runs deploy/server/domain.sh with the launcher's environment; this domain's address is its public one. */
    private static int domain(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("deploy/server/domain.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        builder.environment().putAll(Map.of("SERVICENET_PUBLIC_URL", URL,
                "PAYARA_SERVER_ZIP", System.getProperty("payara.serverZip"),
                "POSTGRESQL_JAR", System.getProperty("postgresql.jar")));
        Process process = builder.start();
        // creating, configuring and restarting a domain, then deploying: about two minutes here, alone
        if (!process.waitFor(12, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("deploy/server/domain.sh " + arguments[0] + " did not finish; see " + LOG);
        }
        return process.exitValue();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(LOG);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
