package com.servicenet.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks deploy/k8s offline, as CI runs here with no cluster and no kubeconform (Debian has none): every
 * document is read strictly into the Kubernetes API type of its apiVersion and kind (fabric8's model, generated
 * from Kubernetes' OpenAPI), so an unknown or misspelt field, a wrong type or an unknown kind fails; then the
 * references between the manifests are checked (selectors, ports, probes, ConfigMap, Secret, ServiceAccount).
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("k8s");

    /** The kinds deploy/k8s may use, by "apiVersion/kind". */
    private static final Map<String, Class<?>> TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "rbac.authorization.k8s.io/v1/Role", Role.class,
            "rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The model types keep unknown fields in an "additionalProperties" map; without that, unknown fields fail. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated member) {
                    return Boolean.FALSE;
                }
            });

    @Test
    void everyManifestIsAValidKubernetesObject() throws IOException {
        List<Object> objects = manifests();
        assertTrue(objects.size() >= 10, "deploy/k8s holds " + objects.size() + " objects");
    }

    @Test
    void theStrictReadRefusesAMisspeltField() {
        String deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  replica: 2\n";
        assertThrows(IllegalArgumentException.class, () -> read(deployment, "a test document"));
        String wrongType = "apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {ports: [{port: many}]}\n";
        assertThrows(IllegalArgumentException.class, () -> read(wrongType, "a test document"));
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        assertEquals(manifestFiles().stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)),
                listed, "kustomization.yaml resources vs the files in deploy/k8s");
    }

    @Test
    void deploymentIsWiredToItsServicesConfigurationAndProbes() throws IOException {
        List<Object> objects = manifests();
        Deployment deployment = one(objects, Deployment.class, "servicenet");
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), subset(podLabels, deployment.getSpec().getSelector().getMatchLabels()));

        for (String name : List.of("servicenet", "servicenet-hazelcast")) {
            Service service = one(objects, Service.class, name);
            assertEquals(service.getSpec().getSelector(), subset(podLabels, service.getSpec().getSelector()),
                    "Service " + name + " selects the Payara Micro pods");
        }
        PodDisruptionBudget budget = one(objects, PodDisruptionBudget.class, "servicenet");
        assertEquals(budget.getSpec().getSelector().getMatchLabels(), subset(podLabels, budget.getSpec().getSelector().getMatchLabels()));
        assertTrue(one(objects, Service.class, "servicenet-hazelcast").getSpec().getPublishNotReadyAddresses(),
                "nodes must find each other before they are ready");

        Container payara = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> portNames = payara.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
        assertEquals(Set.of("http", "hazelcast"), portNames);
        assertEquals("/health/ready", payara.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/health/live", payara.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/health/started", payara.getStartupProbe().getHttpGet().getPath());
        String httpPort = one(objects, ConfigMap.class, "servicenet-config").getData().get("SERVICENET_HTTP_PORT");
        assertEquals(httpPort, String.valueOf(payara.getPorts().stream().filter(p -> p.getName().equals("http")).findFirst().orElseThrow().getContainerPort()),
                "the container port is the ConfigMap's SERVICENET_HTTP_PORT");

        List<Container> all = new ArrayList<>(deployment.getSpec().getTemplate().getSpec().getInitContainers());
        all.add(payara);
        for (Container container : all) {
            Set<String> sources = container.getEnvFrom().stream()
                    .map(e -> e.getConfigMapRef() != null ? "configmap:" + e.getConfigMapRef().getName() : "secret:" + e.getSecretRef().getName())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("configmap:servicenet-config", "secret:servicenet-secrets"), sources, container.getName());
            assertEquals(payara.getImage(), container.getImage(), "the migrator runs from the node's own image");
        }
        assertTrue(payara.getEnv().stream().anyMatch(e -> e.getName().equals("POD_NAMESPACE")
                && e.getValueFrom().getFieldRef().getFieldPath().equals("metadata.namespace")), "Hazelcast discovery needs the namespace");

        String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
        one(objects, ServiceAccount.class, account);
        RoleBinding binding = one(objects, RoleBinding.class, "servicenet-hazelcast-discovery");
        assertEquals(account, binding.getSubjects().get(0).getName());
        Role role = one(objects, Role.class, binding.getRoleRef().getName());
        assertTrue(role.getRules().stream().anyMatch(r -> r.getResources().contains("endpoints") && r.getVerbs().contains("list")));
    }

    /** Every document of every manifest, read strictly into its Kubernetes type. */
    static List<Object> manifests() throws IOException {
        List<Object> objects = new ArrayList<>();
        for (Path file : manifestFiles()) {
            String text = Files.readString(file);
            for (String document : text.split("(?m)^---\\s*$")) {
                if (!document.strip().lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
                    objects.add(read(document, file.getFileName().toString()));
                }
            }
        }
        return objects;
    }

    static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    static Object read(String document, String file) {
        try {
            JsonNode tree = YAML.readTree(document);
            String type = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
            Class<?> model = TYPES.get(type);
            if (model == null) {
                throw new IllegalArgumentException(file + ": no Kubernetes type " + type + " is expected in deploy/k8s");
            }
            assertFalse(tree.path("metadata").path("name").asText().isEmpty(), file + ": " + type + " without a name");
            return STRICT.treeToValue(tree, model);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static <T> T one(List<Object> objects, Class<T> type, String name) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> name.equals(((io.fabric8.kubernetes.api.model.HasMetadata) o).getMetadata().getName())).toList();
        if (found.size() != 1) {
            fail("expected one " + type.getSimpleName() + " named " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    private static Map<String, String> subset(Map<String, String> labels, Map<String, String> selector) {
        assertNotNull(selector);
        return labels.entrySet().stream().filter(e -> selector.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
