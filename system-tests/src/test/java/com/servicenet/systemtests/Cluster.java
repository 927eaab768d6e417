package com.servicenet.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three clustered Payara Micro nodes (tcpip discovery, the built WARs) behind a local HAProxy, started by the test
 * that needs them beside the single-node test platform: same database and Keycloak, ports from
 * {@code servicenet.cluster.port} (balancer) upwards. Nodes and balancer are started as deploy/cluster has them
 * (node.sh, haproxy.cfg), with the settings docs/decisions.md gives for production ("Production deployment and
 * scale-out").
 */
final class Cluster implements AutoCloseable {

    static final int BASE = Integer.getInteger("servicenet.cluster.port", 18200);
    static final String URL = "http://localhost:" + BASE;
    private static final Path ROOT = Path.of(System.getProperty("servicenet.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "cluster").toAbsolutePath();
    /** Far above the 20-40 s a node takes here alone; this machine is shared with other builds, CI's is not. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(7);
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** One Payara Micro node: its HTTP port is BASE + index, its Hazelcast port BASE + 10 + index. */
    final class Node {
        final String name;
        final int index;
        Process process;

        Node(String name, int index) {
            this.name = name;
            this.index = index;
        }

        int httpPort() {
            return BASE + index;
        }

        Path log() {
            return WORK.resolve(name + ".log");
        }

        Node start() {
            requireFree(httpPort());
            requireFree(BASE + 10 + index);
            List<String> command = List.of(ROOT.resolve("deploy/cluster/node.sh").toString(), name,
                    String.valueOf(httpPort()), String.valueOf(BASE + 10 + index), members(), WORK.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            // the rest of the environment is the launcher's (database, Keycloak); links in pages name the balancer
            builder.environment().putAll(Map.of("SERVICENET_PUBLIC_URL", URL, "SERVICENET_CLUSTER_NAME", "servicenet-failover",
                    "PAYARA_MICRO_JAR", System.getProperty("payara.microJar"),
                    "POSTGRESQL_JAR", System.getProperty("postgresql.jar"),
                    // the grid talks over loopback only, like everything else of this test
                    "SERVICENET_CLUSTER_ADDRESS", "127.0.0.1",
                    // C1 only: ready in a third of the time, right for JVMs that live a few minutes (TenancyContainerIT)
                    "SERVICENET_JAVA_OPTS", "-Xms256m -Xmx768m -XX:TieredStopAtLevel=1",
                    // due at every minute's tick, when every node's timer fires at once: one of them may run each
                    "SERVICENET_QUALITY_SAMPLING_EVERY", "20", "SERVICENET_QUALITY_ROLLUP_EVERY", "20"));
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        void awaitReady(Duration within) {
            long deadline = System.nanoTime() + within.toNanos();
            while (!(answers(httpPort(), "/health/ready") && answers(httpPort(), "/openapi"))) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited while starting; see " + log());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " not ready after " + within + "; see " + log());
                }
                pause(500);
            }
        }

        /** When this node logged that it ran a scheduled job (the line starting so), in epoch milliseconds. */
        List<Long> ran(String job) {
            try {
                Matcher runs = Pattern.compile("timeMillis: (\\d+)\\][^\\n]*" + Pattern.quote(job + " ran on this node"))
                        .matcher(Files.readString(log()));
                List<Long> at = new java.util.ArrayList<>();
                while (runs.find()) {
                    at.add(Long.parseLong(runs.group(1)));
                }
                return at;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The size of the data grid this node last reported (Payara prints "DG Size: n" as members come and go). */
        int gridSize() {
            try {
                Matcher sizes = Pattern.compile("DG Size: (\\d+)").matcher(Files.readString(log()));
                int size = 0;
                while (sizes.find()) {
                    size = Integer.parseInt(sizes.group(1));
                }
                return size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void kill() {
            process.destroyForcibly();
            waitFor(process);
        }

        void signal(String signal) {
            run("kill", "-" + signal, String.valueOf(process.pid()));
        }

        void stop() {
            if (process != null && process.isAlive()) {
                signal("CONT");
                process.destroy();
                if (!waitFor(process)) {
                    kill();
                }
            }
        }
    }

    final List<Node> nodes = List.of(new Node("node-a", 1), new Node("node-b", 2), new Node("node-c", 3));
    private Process balancer;

    /** Starts every node and the balancer; ready when every node answers (slow on a loaded machine: minutes). */
    Cluster start() {
        try {
            Files.createDirectories(WORK);
            for (Node node : nodes) {
                Files.deleteIfExists(node.log()); // an earlier run's lines would count as this one's
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nodes.forEach(Node::start);
        startBalancer();
        nodes.forEach(node -> node.awaitReady(READY_WITHIN));
        return this;
    }

    Node node(String name) {
        return nodes.stream().filter(n -> n.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    /**
     * Which nodes ran a scheduled job at each minute's tick (the quality timers fire at second 0 on every node), at
     * least one tick: if none has passed yet, waits for the next (a minute at most).
     */
    Map<Long, List<String>> runsByMinute(String job) {
        long deadline = System.currentTimeMillis() + 70_000;
        java.util.TreeMap<Long, List<String>> byMinute = new java.util.TreeMap<>();
        while (true) {
            byMinute.clear();
            for (Node node : nodes) {
                node.ran(job).forEach(at -> byMinute.computeIfAbsent(at / 60_000, m -> new java.util.ArrayList<>()).add(node.name));
            }
            if (!byMinute.isEmpty() || System.currentTimeMillis() > deadline) {
                break;
            }
            pause(2000);
        }
        return byMinute;
    }

    private String members() {
        return String.join(",", nodes.stream().map(n -> "127.0.0.1:" + (BASE + 10 + n.index)).toList());
    }

    /** HAProxy with deploy/cluster/haproxy.cfg, its ports filled in from the environment. */
    private void startBalancer() {
        requireFree(BASE);
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"), "-db",
                "-f", ROOT.resolve("deploy/cluster/haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("haproxy.log").toFile()));
        builder.environment().put("BALANCER_BIND", "127.0.0.1:" + BASE);
        nodes.forEach(n -> builder.environment().put(n.name.replace('-', '_').toUpperCase(java.util.Locale.ROOT), "127.0.0.1:" + n.httpPort()));
        try {
            balancer = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        nodes.forEach(Node::stop);
        if (balancer != null) {
            balancer.destroy();
            waitFor(balancer);
        }
    }

    private static boolean answers(int port, String path) {
        try {
            return PROBE.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireFree(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " is taken; choose others with SERVICENET_TEST_CLUSTER_PORT");
        } catch (IOException free) {
            // nothing listens there
        }
    }

    private static boolean waitFor(Process process) {
        try {
            return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) {
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
