package com.servicenet.bench;

import com.servicenet.systemtests.Platform;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Load on the repair API with real tokens (client credentials of shop-1, the outlet's software): N closed-loop
 * clients each send a request, wait for the answer and send the next, for a fixed time after a warm-up.
 * Prints throughput and p50/p95/p99 latency per phase as {@code BENCH} lines. Run by bench/repairs.sh, not
 * by the test suite (its name does not end in IT).
 * <p>
 * Phases (system property {@code bench.phases}): {@code create} reports new repairs (each with its own
 * Idempotency-Key, as shop software should), {@code list} reads the first page of the outlet's list,
 * {@code list-status} and {@code list-serial} the same filtered, {@code list-deep} a page far down via cursor.
 */
class RepairApiBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final String CLIENT = System.getProperty("bench.client", "shop-1");
    private static final String SECRET = System.getProperty("bench.secret", "shop-1-dev-secret");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void run() throws Exception {
        String token = Platform.clientToken(CLIENT, SECRET);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        for (String phase : System.getProperty("bench.phases", "create,list").split(",")) {
            IntFunction<HttpRequest> request = switch (phase.strip()) {
                case "create" -> n -> create(token, run, n);
                case "list" -> n -> get(token, "repairs?limit=50");
                case "list-status" -> n -> get(token, "repairs?limit=50&status=CLOSED");
                case "list-serial" -> n -> get(token, "repairs?limit=50&serialNo=BENCH-SN-" + (n % 50_000));
                case "list-deep" -> deepPage(token);
                default -> throw new IllegalArgumentException("unknown phase " + phase);
            };
            measure(phase.strip(), request);
        }
    }

    private IntFunction<HttpRequest> deepPage(String token) throws Exception {
        // walk 100 pages of 200 down the list once; the bench then asks for the page after that point
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> response = http.send(get(token, "repairs?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)),
                    HttpResponse.BodyHandlers.ofString());
            cursor = Platform.json(response.body()).getString("nextCursor", null);
            if (cursor == null) {
                break;
            }
        }
        String deep = cursor;
        return n -> get(token, "repairs?limit=50" + (deep == null ? "" : "&cursor=" + deep));
    }

    private HttpRequest create(String token, String run, int n) {
        String ticket = "BENCH-" + run + "-" + n;
        String body = """
                {"ticketNo":"%s","serviceType":"IN_SHOP","productCategory":"AIR_CONDITIONER","model":"KFR-35GW/BP3",
                 "serialNo":"BENCH-SN-%d","purchaseDate":"2023-05-01","fault":"不制冷，压缩机频繁启停",
                 "customer":{"name":"张伟","phone":"13812345678"},"technicianCode":"T01","labourFee":50,"otherFees":0,
                 "warrantyDecision":"PAID_REPAIR","parts":[{"partCode":"AC-CAP-35","quantity":1,"unitPrice":45}]}"""
                .formatted(ticket, n % 50_000);
        return HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/repairs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", ticket).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build();
    }

    private static HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(Platform.URL + "/api/v1/" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private void measure(String phase, IntFunction<HttpRequest> request) throws InterruptedException {
        AtomicInteger sequence = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        ConcurrentMap<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<long[]> perClient = new ArrayList<>();
        Instant start = Instant.now();
        Instant measureFrom = start.plus(WARMUP);
        Instant end = measureFrom.plus(MEASURE);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            long[] samples = new long[200_000];
            perClient.add(samples);
            int client = c;
            Thread worker = new Thread(() -> {
                int count = 0;
                try {
                    while (Instant.now().isBefore(end)) {
                        HttpRequest next = request.apply(sequence.incrementAndGet());
                        long sent = System.nanoTime();
                        boolean measured = Instant.now().isAfter(measureFrom);
                        try {
                            HttpResponse<Void> response = http.send(next, HttpResponse.BodyHandlers.discarding());
                            long took = System.nanoTime() - sent;
                            if (measured) {
                                statuses.merge(response.statusCode(), 1, Integer::sum);
                                if (response.statusCode() >= 300) {
                                    errors.incrementAndGet();
                                } else if (count < samples.length) {
                                    samples[count++] = took;
                                }
                            }
                        } catch (Exception failed) {
                            if (measured) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    perClient.set(client, Arrays.copyOf(samples, count));
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = MEASURE.toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "BENCH %-12s clients=%d ok=%d errors=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms statuses=%s%n",
                phase, CLIENTS, all.length, errors.get(), all.length / seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, statuses);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
