package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three clustered nodes behind HAProxy under a steady load of repair reports (each with an Idempotency-Key, retried
 * until acknowledged, as an outlet's shop software does) while a manager stays logged into the outlet portal:
 * the node serving that login is killed with SIGKILL, then the node serving it next is frozen with SIGSTOP and
 * thawed. A third node (rather than restarting the killed one) keeps two alive for the freeze. Every acknowledged report must be stored exactly once, the login must survive both faults,
 * and no report may wait 10 s or more after the freeze. Prints what it saw, for the CI log.
 */
class ClusterFailoverIT {

    private static final int WORKERS = 3;
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final long STALL_LIMIT_MS = 10_000;

    @Test
    void killedAndFrozenNodesLoseNoRepairAndNoLogin() throws Exception {
        try (Cluster cluster = new Cluster(); Browser browser = Browser.english()) {
            long started = System.nanoTime();
            cluster.start();
            log("three nodes ready behind " + Cluster.URL + " after " + (System.nanoTime() - started) / 1_000_000_000
                    + " s; data grid size seen by each: " + cluster.nodes.stream().map(n -> n.name + "=" + n.gridSize()).toList());

            Traffic traffic = new Traffic("FO-" + Fixtures.unique());
            Session session = new Session(browser);
            session.logIn();
            traffic.start();
            traffic.runFor(8_000, "before any fault");

            Cluster.Node killed = cluster.node(session.node());
            log("kill -9 " + killed.name + " (serves the login) at " + traffic.acknowledged() + " acknowledged");
            long killedAt = traffic.mark();
            killed.kill();
            traffic.runFor(8_000, "after kill -9 of " + killed.name);
            boolean survivedKill = session.stillLoggedIn();
            log("login after kill -9: " + (survivedKill ? "kept" : "LOST") + ", now served by " + session.node()
                    + "; longest report since the kill: " + traffic.longestSince(killedAt) + " ms");

            // the survivors restore a backup of every partition the dead node held (a second or two here)
            traffic.runFor(4_000, "grid re-balanced over two nodes");

            Cluster.Node frozen = cluster.node(session.node());
            log("SIGSTOP " + frozen.name + " (serves the login) at " + traffic.acknowledged() + " acknowledged");
            long frozenAt = traffic.mark();
            frozen.signal("STOP");
            long browserStall;
            boolean survivedFreeze;
            try {
                traffic.runFor(3_000, "3 s into the freeze of " + frozen.name);
                long before = System.nanoTime();
                survivedFreeze = session.stillLoggedIn();
                browserStall = (System.nanoTime() - before) / 1_000_000;
                traffic.runFor(9_000, "12 s into the freeze of " + frozen.name);
            } finally {
                frozen.signal("CONT");
            }
            log("SIGCONT " + frozen.name);
            traffic.runFor(5_000, "after SIGCONT of " + frozen.name);
            traffic.stop();

            long stall = traffic.longestSince(frozenAt);
            long stored = ((Number) Fixtures.single("SELECT count(*) FROM repair_order WHERE ticket_no LIKE ?",
                    traffic.prefix + "%")).longValue();
            long distinct = ((Number) Fixtures.single("SELECT count(DISTINCT ticket_no) FROM repair_order WHERE ticket_no LIKE ?",
                    traffic.prefix + "%")).longValue();
            long storedAcknowledged = ((Number) Fixtures.single(
                    "SELECT count(*) FROM repair_order WHERE ticket_no = ANY (?)", (Object) traffic.acknowledgedTickets())).longValue();
            log(String.format("acknowledged %d, stored %d (%d distinct tickets, %d of them acknowledged), given up %d, "
                            + "attempts %d (%d retries); longest report after the freeze %d ms, the login's page during it %d ms; "
                            + "login kept after kill -9: %s, during the freeze: %s; %d s in all",
                    traffic.acknowledged(), stored, distinct, storedAcknowledged, traffic.givenUp.get(), traffic.attempts.get(),
                    traffic.attempts.get() - traffic.acknowledged() - traffic.givenUp.get(), stall, browserStall,
                    survivedKill, survivedFreeze, (System.nanoTime() - started) / 1_000_000_000));

            for (String job : List.of("callback sampling", "quality rollup")) {
                Map<Long, List<String>> byMinute = cluster.runsByMinute(job);
                log(job + ", nodes that ran it per minute's tick: " + byMinute.values());
                assertFalse(byMinute.isEmpty(), job + " never ran");
                assertTrue(byMinute.values().stream().allMatch(nodes -> nodes.size() == 1), job + " ran twice in one tick: " + byMinute);
            }

            assertEquals(0, traffic.givenUp.get(), "reports given up after " + GIVE_UP);
            assertEquals(traffic.acknowledged(), storedAcknowledged, "acknowledged reports missing from the database");
            assertEquals(traffic.acknowledged(), stored, "stored reports that were never acknowledged, or twice");
            assertEquals(stored, distinct, "a ticket stored twice");
            assertTrue(survivedKill, "the manager was logged out when the node serving the login was killed");
            assertTrue(survivedFreeze, "the manager was logged out when the node serving the login froze");
            assertTrue(stall < STALL_LIMIT_MS, "a report waited " + stall + " ms after the freeze");
            assertTrue(browserStall < STALL_LIMIT_MS, "the portal page took " + browserStall + " ms during the freeze");
        }
    }

    private static void log(String line) {
        System.out.println("[failover] " + line);
    }

    /**
     * A manager logged into the outlet portal through the balancer. The portal session stays on its node; on
     * another node the portal signs her in again through Keycloak's single sign-on, without a form
     * (docs/decisions.md, "Production deployment and scale-out"): kept means she sees her home page and never
     * the login form.
     */
    private static final class Session {
        private final Browser browser;

        Session(Browser browser) {
            this.browser = browser;
        }

        void logIn() {
            browser.driver().get(Cluster.URL + "/tenant-web/");
            browser.logInAs("manager.1");
            assertEquals("manager.1", browser.untilText("home-caller", text -> !text.isBlank()));
            log("manager.1 logged in, served by " + node());
        }

        /** The node HAProxy's sticky cookie names for this browser. */
        String node() {
            Cookie cookie = browser.driver().manage().getCookieNamed("SN_NODE");
            return cookie == null ? "?" : cookie.getValue();
        }

        boolean stillLoggedIn() {
            browser.driver().get(Cluster.URL + "/tenant-web/");
            // the portal's home page, or Keycloak's login form if the login is gone
            try {
                String caller = browser.until(d -> {
                    if (!d.findElements(org.openqa.selenium.By.id("username")).isEmpty()) {
                        return "(login form)";
                    }
                    List<org.openqa.selenium.WebElement> shown = d.findElements(org.openqa.selenium.By.id("home-caller"));
                    return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
                });
                return "manager.1".equals(caller);
            } catch (org.openqa.selenium.TimeoutException neither) {
                browser.screenshot("cluster-failover-session");
                log("the portal showed neither its home page nor a login form: " + browser.driver().getCurrentUrl() + " "
                        + browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText().lines().limit(5).toList());
                return false;
            }
        }
    }

    /** Workers that report repairs for outlet 1 as fast as the balancer answers, each retried until acknowledged. */
    private static final class Traffic {
        final String prefix;
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger givenUp = new AtomicInteger();
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        /** Per report: when its first attempt was sent and when it was acknowledged (ms since start). */
        private final List<long[]> timings = java.util.Collections.synchronizedList(new ArrayList<>());
        private final long origin = System.nanoTime();
        private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private volatile String token = Platform.clientToken("shop-1", "shop-1-dev-secret");
        private final AtomicLong tokenAt = new AtomicLong(System.nanoTime());

        Traffic(String prefix) {
            this.prefix = prefix;
        }

        void start() {
            for (int i = 0; i < WORKERS; i++) {
                pool.submit(this::work);
            }
        }

        long mark() {
            return (System.nanoTime() - origin) / 1_000_000;
        }

        int acknowledged() {
            return acknowledged.size();
        }

        String[] acknowledgedTickets() {
            return acknowledged.toArray(String[]::new);
        }

        void runFor(long millis, String phase) {
            int before = acknowledged();
            Cluster.pause(millis);
            log(String.format("%-45s %5d acknowledged (+%d in %d s), %d attempts", phase, acknowledged(),
                    acknowledged() - before, millis / 1000, attempts.get()));
        }

        /** The longest a report took from its first attempt to its acknowledgement, of those still open at or sent after t. */
        long longestSince(long t) {
            synchronized (timings) {
                return timings.stream().filter(r -> r[1] >= t).mapToLong(r -> r[1] - Math.max(r[0], t)).max().orElse(0);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(GIVE_UP.toSeconds() + 10, TimeUnit.SECONDS), "workers did not finish");
        }

        private void work() {
            while (running.get()) {
                String ticket = prefix + "-" + sequence.incrementAndGet();
                report(ticket, UUID.randomUUID().toString());
            }
        }

        private void report(String ticket, String key) {
            long first = mark();
            String body = RepairApiIT.report(ticket);
            while (mark() - first < GIVE_UP.toMillis()) {
                attempts.incrementAndGet();
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(Cluster.URL + "/api/v1/repairs"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
                    if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                        acknowledged.add(ticket);
                        timings.add(new long[]{first, mark()});
                        return;
                    }
                    if (answer.statusCode() == 401) {
                        tokenAt.set(0);
                    }
                    if (answer.statusCode() < 500 && answer.statusCode() != 401 && answer.statusCode() != 429) {
                        throw new IllegalStateException("report " + ticket + " refused: " + answer.statusCode() + " " + answer.body());
                    }
                } catch (IOException failed) {
                    // the connection broke or timed out: the same request with the same key again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Cluster.pause(100);
            }
            givenUp.incrementAndGet();
            log("gave up " + ticket);
        }

        /** Client tokens live five minutes; a fresh one every two is never stale. */
        private String token() {
            long at = tokenAt.get();
            if (System.nanoTime() - at > TimeUnit.MINUTES.toNanos(2) && tokenAt.compareAndSet(at, System.nanoTime())) {
                token = Platform.clientToken("shop-1", "shop-1-dev-secret");
            }
            return token;
        }

    }
}
