package org.warledger.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** An overlay of k8s/ as kubectl kustomize renders it: the objects an operator's kubectl apply -k would send. */
final class Manifests {

    static final Path K8S = Path.of("..", "k8s").toAbsolutePath().normalize();
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String overlay;
    final List<JsonNode> objects;

    private Manifests(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    private static Manifests render(String overlay) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.resolve(overlay).toString())
                    .redirectErrorStream(true).start();
            String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + yaml);
            }
            List<JsonNode> objects = new ArrayList<>();
            YAML.readerFor(JsonNode.class).<JsonNode> readValues(yaml).forEachRemaining(o -> {
                if (o != null && !o.isNull()) {
                    objects.add(o);
                }
            });
            return new Manifests(overlay, objects);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl kustomize needs kubectl on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    /** Deployments and StatefulSets: everything that runs pods. */
    List<JsonNode> workloads() {
        List<JsonNode> workloads = new ArrayList<>(ofKind("Deployment"));
        workloads.addAll(ofKind("StatefulSet"));
        return workloads;
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
