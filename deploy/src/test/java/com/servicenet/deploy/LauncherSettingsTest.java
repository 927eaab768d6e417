package com.servicenet.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps deploy/k8s in step with the launcher: every setting that {@code ./servicenet} reads or exports, that
 * README's Configuration table lists, or that the apps read from the environment must be a key of the ConfigMap
 * or the Secret, unless it is named below as the launcher's own; and the two hold nothing else. A failure names
 * the settings missing on either side.
 */
class LauncherSettingsTest {

    private static final Path ROOT = Path.of("..");

    /** Settings that only the local launcher needs, each with the reason it has no place in the cluster. */
    static final Map<String, String> LAUNCHER_ONLY = Map.ofEntries(
            Map.entry("SERVICENET_TEST_HTTP_PORT", "the throw-away test platform"),
            Map.entry("SERVICENET_TEST_KEYCLOAK_PORT", "the throw-away test platform"),
            Map.entry("SERVICENET_TEST_DB_NAME", "the throw-away test platform"),
            Map.entry("SERVICENET_TEST_KEYCLOAK_DB_NAME", "the throw-away test platform"),
            Map.entry("SERVICENET_TEST_CLUSTER_PORT", "the failover test's balancer and nodes on the test machine"),
            Map.entry("SERVICENET_CLUSTER_URL", "a second address for Keycloak's realm import on one host; in Kubernetes one Service is the address"),
            Map.entry("SERVICENET_TEST_SERVER_PORTBASE", "PayaraServerIT's Payara Server domain on the test machine"),
            Map.entry("SERVICENET_SERVER_URL", "a third address for Keycloak's realm import on one host (PayaraServerIT's domain)"),
            Map.entry("SERVICENET_CLUSTER_ADDRESS", "the one address a node's Hazelcast binds on a shared host; a pod has one address"),
            Map.entry("SERVICENET_CACHE", "the launcher's download cache; the image carries Payara Micro"),
            Map.entry("SERVICENET_PG_SUPERUSER", "the launcher creates roles and databases; in production the DBA does"),
            Map.entry("SERVICENET_DB_HOST", "composed into SERVICENET_DB_URL, which the ConfigMap gives whole"),
            Map.entry("SERVICENET_DB_PORT", "composed into SERVICENET_DB_URL, which the ConfigMap gives whole"),
            Map.entry("SERVICENET_DB_NAME", "composed into SERVICENET_DB_URL, which the ConfigMap gives whole"),
            Map.entry("KEYCLOAK_PORT", "the launcher's own Keycloak; in production Keycloak is external (KEYCLOAK_URL)"),
            Map.entry("KEYCLOAK_DB_NAME", "the launcher's own Keycloak's database"),
            Map.entry("KEYCLOAK_DB_USER", "the launcher's own Keycloak's database"),
            Map.entry("KEYCLOAK_DB_PASSWORD", "the launcher's own Keycloak's database"),
            Map.entry("KEYCLOAK_ADMIN_USER", "the launcher's own Keycloak's bootstrap admin"),
            Map.entry("KEYCLOAK_ADMIN_PASSWORD", "the launcher's own Keycloak's bootstrap admin"),
            Map.entry("SHOP_1_CLIENT_SECRET", "demo realm only, read by Keycloak's realm import, not by Payara"),
            Map.entry("SHOP_2_CLIENT_SECRET", "demo realm only, read by Keycloak's realm import, not by Payara"));

    /** Keys only the cluster has, each with the reason. */
    static final Map<String, String> CLUSTER_ONLY = Map.of(
            "SERVICENET_HAZELCAST_SERVICE", "the Service through which the pods find each other (Kubernetes discovery)");

    /** Launcher: a variable read with a default ({@code ${NAME:-...}}, {@code ${NAME:?...}}) or exported. */
    private static final Pattern LAUNCHER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):[-?]|export ([A-Z][A-Z0-9_]*)=");
    /** README: a backticked name in a row of the Configuration table. */
    private static final Pattern README_ROW = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
    /** Apps: {@code ${NAME:default}} in microprofile-config.properties, {@code ${ENV=NAME}} in Java. */
    private static final Pattern APP = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):|\\$\\{ENV=([A-Z][A-Z0-9_]*)}");

    @Test
    void configMapAndSecretCarryEveryLauncherSetting() throws IOException {
        Set<String> settings = launcherSettings();
        settings.removeAll(LAUNCHER_ONLY.keySet());
        settings.addAll(CLUSTER_ONLY.keySet());

        List<Object> objects = KubernetesManifestsTest.manifests();
        Set<String> keys = new TreeSet<>(KubernetesManifestsTest.one(objects, ConfigMap.class, "servicenet-config").getData().keySet());
        Set<String> secrets = KubernetesManifestsTest.one(objects, Secret.class, "servicenet-secrets").getStringData().keySet();
        Set<String> both = new TreeSet<>(keys);
        both.retainAll(secrets);
        assertTrue(both.isEmpty(), "in both the ConfigMap and the Secret: " + both);
        keys.addAll(secrets);

        Set<String> missing = new TreeSet<>(settings);
        missing.removeAll(keys);
        Set<String> unknown = new TreeSet<>(keys);
        unknown.removeAll(settings);
        assertEquals("", (missing.isEmpty() ? "" : "settings of the launcher missing in deploy/k8s (add them to configmap.yaml or "
                        + "secret.yaml, or to LauncherSettingsTest.LAUNCHER_ONLY with the reason): " + missing + ". ")
                        + (unknown.isEmpty() ? "" : "keys in deploy/k8s that the launcher does not have: " + unknown),
                "launcher settings vs ConfigMap + Secret");
    }

    @Test
    void theSettingsAreFoundWhereverTheyAreDeclared() throws IOException {
        Set<String> settings = launcherSettings();
        // one from each source: exported by the launcher, read with a default, README only, an app's placeholder
        assertTrue(settings.containsAll(Set.of("SERVICENET_DB_URL", "SERVICENET_JAVA_OPTS", "SERVICENET_API_RATE_LIMIT",
                "TENANT_WEB_CLIENT_SECRET")), settings.toString());
        assertTrue(settings.containsAll(LAUNCHER_ONLY.keySet()), "LAUNCHER_ONLY names a setting the launcher no longer has");
    }

    /** Everything the launcher, the README's Configuration table and the apps call a setting. */
    static Set<String> launcherSettings() throws IOException {
        Set<String> names = new TreeSet<>();
        collect(LAUNCHER, Files.readString(ROOT.resolve("servicenet")), names);
        collect(README_ROW, configurationTable(Files.readString(ROOT.resolve("README.md"))), names);
        for (String module : List.of("api", "tenant-web", "network-admin", "web-common", "platform-core")) {
            Path sources = ROOT.resolve(module).resolve("src/main");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".properties") || p.toString().endsWith(".java")).toList()) {
                    collect(APP, Files.readString(file), names);
                }
            }
        }
        return names;
    }

    private static String configurationTable(String readme) {
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", start + 1);
        StringBuilder rows = new StringBuilder();
        readme.substring(start, end < 0 ? readme.length() : end).lines()
                .filter(line -> line.startsWith("| `")).forEach(line -> rows.append(line.split("\\|")[1]).append('\n'));
        return rows.toString();
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }
}
