package org.warledger.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Traces and logs: every app reads the telemetry settings, and production sends traces to a collector it may reach. */
class TelemetryTest {

    private static final Map<String, String> KEYS = Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED",
            "quarkus.log.console.json.enabled", "QUARKUS_OTEL_SDK_DISABLED", "quarkus.otel.sdk.disabled",
            "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "quarkus.otel.exporter.otlp.endpoint");

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void everyAppReadsTheTelemetrySettingsAndLogsJson(String overlay) throws IOException {
        Manifests manifests = Manifests.of(overlay);
        JsonNode settings = manifests.get("ConfigMap", "warledger-telemetry").path("data");
        for (Iterator<String> keys = settings.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            assertTrue(KEYS.containsKey(key), "warledger-telemetry sets " + key + ", which no app reads");
        }
        assertEquals("true", settings.path("QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText());
        for (String app : ManifestsTest.APPS) {
            JsonNode container = manifests.get("Deployment", app).path("spec").path("template").path("spec")
                    .path("containers").get(0);
            List<String> from = new ArrayList<>();
            container.path("envFrom").forEach(f -> from.add(f.path("configMapRef").path("name").asText()));
            assertTrue(from.contains("warledger-telemetry"), app + " reads " + from);
            String properties = Files.readString(Path.of("..", app, "src/main/resources/application.properties"));
            // Off unless the environment says otherwise, so that a local run never looks for a collector.
            assertTrue(properties.contains("\nquarkus.otel.sdk.disabled=true\n"), app);
            assertTrue(properties.contains("\nquarkus.log.console.json.enabled=false\n"), app);
        }
    }

    @Test
    void theLocalOverlayHasNoCollectorAndTracesNothing() {
        JsonNode settings = Manifests.of("overlays/local").get("ConfigMap", "warledger-telemetry").path("data");
        assertEquals("true", settings.path("QUARKUS_OTEL_SDK_DISABLED").asText());
        assertTrue(settings.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").isMissingNode());
    }

    @Test
    void productionSendsTracesToTheCollectorWhichEveryAppMayReach() {
        Manifests production = Manifests.of("overlays/production");
        JsonNode settings = production.get("ConfigMap", "warledger-telemetry").path("data");
        assertEquals("false", settings.path("QUARKUS_OTEL_SDK_DISABLED").asText());
        URI endpoint = URI.create(settings.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText());
        assertEquals("http", endpoint.getScheme());
        String[] host = endpoint.getHost().split("\\.");
        assertEquals(2, host.length, "service.namespace: " + endpoint);
        String namespace = host[1];
        assertFalse(namespace.equals("warledger"), "the collector runs outside the apps' namespace");

        JsonNode policy = production.get("NetworkPolicy", "apps-to-otel-collector").path("spec");
        assertEquals("[\"Egress\"]", policy.path("policyTypes").toString());
        JsonNode selector = policy.path("podSelector").path("matchExpressions").get(0);
        assertEquals("app.kubernetes.io/name", selector.path("key").asText());
        assertEquals("In", selector.path("operator").asText());
        List<String> selected = new ArrayList<>();
        selector.path("values").forEach(v -> selected.add(v.asText()));
        for (String app : ManifestsTest.APPS) {
            assertTrue(selected.contains(app), app + " may not reach the collector");
            assertEquals(app, production.get("Deployment", app).path("spec").path("template").path("metadata")
                    .path("labels").path("app.kubernetes.io/name").asText());
        }
        JsonNode egress = policy.path("egress").get(0);
        assertEquals(namespace, egress.path("to").get(0).path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText());
        assertEquals(endpoint.getPort(), egress.path("ports").get(0).path("port").asInt());
        assertEquals("TCP", egress.path("ports").get(0).path("protocol").asText());
    }
}
