package org.warledger.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders, every object is valid Kubernetes, and the objects hang together. */
class ManifestsTest {

    static final List<String> APPS = List.of("event-service", "casualty-service", "aid-service", "intake-service",
            "gateway");
    static final Map<String, String> DATABASES = Map.of("event-service", "events", "casualty-service", "casualties",
            "aid-service", "aid", "intake-service", "intake");

    interface Validation {
        void validate(JsonElement json) throws IOException;
    }

    static final Map<String, Validation> SCHEMAS = Map.of("Deployment", V1Deployment::validateJsonElement,
            "StatefulSet", V1StatefulSet::validateJsonElement, "Service", V1Service::validateJsonElement, "ConfigMap",
            V1ConfigMap::validateJsonElement, "Secret", V1Secret::validateJsonElement, "Ingress",
            V1Ingress::validateJsonElement, "NetworkPolicy", V1NetworkPolicy::validateJsonElement, "Namespace",
            V1Namespace::validateJsonElement, "HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement,
            "PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement);

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/local", "overlays/production" })
    void everyObjectIsValidKubernetes(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : Manifests.of(overlay).objects) {
            String kind = object.path("kind").asText();
            if (kind.equals("Cluster")) {
                assertEquals("postgresql.cnpg.io/v1", object.path("apiVersion").asText());
                assertTrue(object.path("spec").path("instances").asInt() >= 1);
                assertFalse(object.path("spec").path("storage").path("size").isMissingNode());
                continue;
            }
            Validation schema = SCHEMAS.get(kind);
            if (schema == null) {
                problems.add("no schema check for kind " + kind);
                continue;
            }
            try {
                schema.validate(JsonParser.parseString(object.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(kind + " " + Manifests.name(object) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemaCheckRefusesUnknownAndMissingFields() {
        JsonNode deployment = Manifests.of("overlays/local").get("Deployment", "gateway");
        ObjectNode typo = deployment.deepCopy();
        ObjectNode container = (ObjectNode) typo.path("spec").path("template").path("spec").path("containers").get(0);
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertThrows(IllegalArgumentException.class,
                () -> V1Deployment.validateJsonElement(JsonParser.parseString(typo.toString())));
        ObjectNode unnamed = deployment.deepCopy();
        ((ObjectNode) unnamed.path("spec").path("template").path("spec").path("containers").get(0)).remove("name");
        assertThrows(IllegalArgumentException.class,
                () -> V1Deployment.validateJsonElement(JsonParser.parseString(unnamed.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void everyAppRunsHardenedWithHealthProbesAndAMemoryLimit(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String app : APPS) {
            JsonNode pod = manifests.get("Deployment", app).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(), app);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(),
                    app);
            assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText(),
                    app);
            assertFalse(container.path("resources").path("limits").path("memory").isMissingNode(), app);
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), app);
            assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
            JsonNode security = container.path("securityContext");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), app);
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), app);
            assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), app);
            assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= 20, app);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void everyServiceSelectsItsPodsOnAPortTheyExpose(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode service : manifests.ofKind("Service")) {
            JsonNode selector = service.path("spec").path("selector");
            List<JsonNode> selected = manifests.workloads().stream()
                    .filter(w -> matches(selector, w.path("spec").path("template").path("metadata").path("labels")))
                    .toList();
            assertEquals(1, selected.size(), "Service " + Manifests.name(service) + " selects " + selected.size());
            JsonNode workload = selected.get(0);
            assertTrue(matches(workload.path("spec").path("selector").path("matchLabels"),
                    workload.path("spec").path("template").path("metadata").path("labels")));
            Set<String> ports = new HashSet<>();
            workload.path("spec").path("template").path("spec").path("containers")
                    .forEach(c -> c.path("ports").forEach(p -> {
                        ports.add(p.path("name").asText());
                        ports.add(p.path("containerPort").asText());
                    }));
            service.path("spec").path("ports").forEach(p -> assertTrue(ports.contains(p.path("targetPort").asText()),
                    "Service " + Manifests.name(service) + " targets " + p.path("targetPort") + " not in " + ports));
        }
        for (String app : APPS) {
            assertNotNull(manifests.get("Service", app));
        }
    }

    @Test
    void theLocalOverlayReferencesOnlyConfigMapsAndSecretsItHas() {
        Manifests local = Manifests.of("overlays/local");
        for (JsonNode workload : local.workloads()) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                container.path("envFrom").forEach(from -> {
                    if (from.has("configMapRef")) {
                        local.get("ConfigMap", from.path("configMapRef").path("name").asText());
                    }
                });
                container.path("env").forEach(env -> {
                    JsonNode secretRef = env.path("valueFrom").path("secretKeyRef");
                    if (!secretRef.isMissingNode()) {
                        JsonNode secret = local.get("Secret", secretRef.path("name").asText());
                        assertTrue(secret.path("data").has(secretRef.path("key").asText()),
                                "Secret " + Manifests.name(secret) + " lacks " + secretRef.path("key"));
                    }
                });
            }
            pod.path("volumes").forEach(volume -> {
                if (volume.has("configMap")) {
                    local.get("ConfigMap", volume.path("configMap").path("name").asText());
                }
                if (volume.has("secret")) {
                    local.get("Secret", volume.path("secret").path("secretName").asText());
                }
            });
        }
    }

    @Test
    void theLocalOverlayRunsAPostgreSQLForEachService() {
        Manifests local = Manifests.of("overlays/local");
        Set<String> databases = new HashSet<>();
        local.ofKind("StatefulSet").forEach(s -> databases.add(s.path("spec").path("template").path("metadata")
                .path("labels").path("warledger.org/database").asText()));
        assertEquals(new HashSet<>(DATABASES.values()), databases);
        assertEquals("warledger", local.get("Namespace", "warledger").path("metadata").path("name").asText());
    }

    @Test
    void productionAddsAutoscalersDisruptionBudgetsAndADatabaseClusterPerService() {
        Manifests production = Manifests.of("overlays/production");
        for (String app : APPS) {
            JsonNode hpa = production.get("HorizontalPodAutoscaler", app);
            assertEquals(app, hpa.path("spec").path("scaleTargetRef").path("name").asText());
            assertTrue(hpa.path("spec").path("minReplicas").asInt() >= 2);
            JsonNode pdb = production.get("PodDisruptionBudget", app);
            assertTrue(matches(pdb.path("spec").path("selector").path("matchLabels"),
                    production.get("Deployment", app).path("spec").path("template").path("metadata").path("labels")));
            JsonNode deployment = production.get("Deployment", app);
            assertTrue(deployment.path("spec").path("replicas").asInt() >= 2);
            assertTrue(
                    deployment.path("spec").path("template").path("spec").path("topologySpreadConstraints").size() > 0);
        }
        for (String database : DATABASES.values()) {
            assertNotNull(production.get("Cluster", database + "-db"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void networkPoliciesDenyByDefaultEveryServiceAdmitsTheGatewayAndReachesItsOwnDatabase(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        JsonNode deny = manifests.get("NetworkPolicy", "default-deny").path("spec");
        assertEquals("{}", deny.path("podSelector").toString());
        assertEquals("[\"Ingress\",\"Egress\"]", deny.path("policyTypes").toString());
        JsonNode services = manifests.get("NetworkPolicy", "services-from-gateway").path("spec");
        assertEquals("gateway", services.path("ingress").get(0).path("from").get(0).path("podSelector")
                .path("matchLabels").path("app.kubernetes.io/name").asText());
        DATABASES.forEach((app, database) -> {
            JsonNode egress = manifests.get("NetworkPolicy", app + "-to-" + database + "-db").path("spec");
            assertEquals(database, egress.path("egress").get(0).path("to").get(0).path("podSelector")
                    .path("matchLabels").path("warledger.org/database").asText());
        });
        JsonNode ingress = manifests.get("Ingress", "gateway").path("spec").path("rules").get(0).path("http")
                .path("paths").get(0).path("backend").path("service");
        assertEquals("gateway", ingress.path("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void theConfigurationIsWhatTheAppsRead(String overlay) throws IOException {
        Manifests manifests = Manifests.of(overlay);
        for (String app : APPS) {
            JsonNode config = manifests.get("ConfigMap", app + "-config").path("data");
            String properties = Files.readString(Path.of("..", app, "src/main/resources/application.properties"));
            for (Iterator<String> keys = config.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (key.equals("JAVA_OPTS_APPEND")) {
                    continue;
                }
                String property = property(key);
                assertTrue(
                        properties.contains(property) || property.startsWith("mp.jwt.verify.publickey")
                                || property.equals("quarkus.datasource.jdbc.url"),
                        app + ": " + key + " sets " + property + ", which the app does not read");
            }
            assertEquals(portOf(manifests, app), config.path("QUARKUS_HTTP_PORT").asText(), app);
        }
        NetworkPoliciesTest.CALLS.forEach((caller, called) -> {
            JsonNode config = manifests.get("ConfigMap", caller + "-config").path("data");
            for (String service : called) {
                String url = config.path("QUARKUS_REST_CLIENT_" + service.toUpperCase().replace('-', '_') + "_URL")
                        .asText();
                assertEquals("http://" + service + ":" + portOf(manifests, service), url, caller + " → " + service);
            }
        });
        DATABASES.forEach((app, database) -> {
            JsonNode config = manifests.get("ConfigMap", app + "-config").path("data");
            String host = config.path("QUARKUS_DATASOURCE_JDBC_URL").asText().replaceAll("jdbc:postgresql://([^:/]+).*",
                    "$1");
            if (overlay.endsWith("local")) {
                manifests.get("Service", host);
            } else {
                assertEquals(database + "-db-rw", host, "CloudNativePG's read-write service");
            }
        });
    }

    /** QUARKUS_REST_CLIENT_EVENT_SERVICE_URL → quarkus.rest-client.event-service.url, as the apps' config spells it. */
    private static String property(String env) {
        String lower = env.toLowerCase().replace('_', '.');
        return lower.replaceAll("^quarkus\\.rest\\.client\\.([a-z]+)\\.service\\.", "quarkus.rest-client.$1-service.");
    }

    private static String portOf(Manifests manifests, String app) {
        return manifests.get("Service", app).path("spec").path("ports").get(0).path("port").asText();
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            fail("empty selector");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText())) {
                return false;
            }
        }
        return true;
    }
}
