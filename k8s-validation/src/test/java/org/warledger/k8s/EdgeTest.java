package org.warledger.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public edge of a cluster: the restricted Pod Security Standard enforced and met, the gateway reachable from the
 * ingress controller only, the Ingress routing the API and the web app's page and nothing of /q, and every app
 * verifying tokens with the settings the operator provides.
 */
class EdgeTest {

    static final List<String> APPS = ManifestsTest.APPS;
    static final Map<String, String> JWT_SETTINGS = Map.of("MP_JWT_VERIFY_ISSUER", "warledger",
            "MP_JWT_VERIFY_AUDIENCES", "warledger", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "/etc/warledger/jwt/publicKey.pem", "MP_JWT_VERIFY_TOKEN_AGE", "43200", "MP_JWT_VERIFY_CLOCK_SKEW", "60");
    static final List<String> NEVER_ROUTED = List.of("/q/metrics", "/q/health/live", "/q/health/ready", "/q/graphql-ui",
            "/q/graphql-ui/index.html", "/q/openapi", "/q/dev-ui", "/graphql/schema.graphql", "/graphql/",
            "/api/events");

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void theNamespaceEnforcesAuditsAndWarnsOnTheRestrictedPodSecurityStandard(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertEquals(1, manifests.ofKind("Namespace").size(), overlay + " creates its namespace");
        JsonNode labels = manifests.get("Namespace", "warledger").path("metadata").path("labels");
        for (String mode : List.of("enforce", "audit", "warn")) {
            assertEquals("restricted", labels.path("pod-security.kubernetes.io/" + mode).asText(),
                    overlay + " " + mode);
        }
        manifests.objects.stream().filter(o -> !o.path("kind").asText().equals("Namespace"))
                .forEach(o -> assertEquals("warledger", o.path("metadata").path("namespace").asText(),
                        o.path("kind").asText() + " " + Manifests.name(o) + " lives in the restricted namespace"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void everyPodMeetsTheRestrictedPodSecurityStandard(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertFalse(manifests.workloads().isEmpty());
        List<String> violations = new ArrayList<>();
        for (JsonNode workload : manifests.workloads()) {
            violations.addAll(restrictedViolations(Manifests.name(workload),
                    workload.path("spec").path("template").path("spec")));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRestrictedCheckFindsAPodThatWouldBeRefused() {
        JsonNode pod = Manifests.of("overlays/production").get("Deployment", "gateway").path("spec").path("template")
                .path("spec");
        ObjectNode root = pod.deepCopy();
        ((ObjectNode) root.path("securityContext")).put("runAsUser", 0);
        ObjectNode container = (ObjectNode) root.path("containers").get(0);
        ((ObjectNode) container.path("securityContext")).put("allowPrivilegeEscalation", true);
        ((ObjectNode) container.path("securityContext").path("capabilities")).putArray("add").add("NET_ADMIN");
        ((ObjectNode) root.path("securityContext")).remove("seccompProfile");
        root.put("hostNetwork", true);
        root.withArray("volumes").addObject().put("name", "host").putObject("hostPath").put("path", "/");

        List<String> violations = restrictedViolations("gateway", root);

        assertEquals(List.of("gateway: hostNetwork", "gateway: hostPath volume host",
                "gateway/gateway: runs as root (runAsUser 0)", "gateway/gateway: no seccompProfile RuntimeDefault",
                "gateway/gateway: allowPrivilegeEscalation is not false", "gateway/gateway: adds capability NET_ADMIN"),
                violations);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void onlyTheIngressControllerReachesTheGateway(String overlay) {
        JsonNode policy = Manifests.of(overlay).get("NetworkPolicy", "gateway").path("spec");
        assertEquals("gateway", policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
        assertTrue(StreamSupport.stream(policy.path("policyTypes").spliterator(), false)
                .anyMatch(t -> t.asText().equals("Ingress")));
        assertEquals(List.of("namespace kubernetes.io/metadata.name=ingress-nginx, port 8080"), peers(policy));
    }

    @Test
    void theNetworkPolicyCheckSeesAGatewayOpenToAnyPod() {
        ObjectNode open = Manifests.of("overlays/production").get("NetworkPolicy", "gateway").path("spec").deepCopy();
        ((ObjectNode) open.path("ingress").get(0)).remove("from");
        assertEquals(List.of("ANYONE, port 8080"), peers(open));
        ObjectNode anyPod = Manifests.of("overlays/production").get("NetworkPolicy", "gateway").path("spec").deepCopy();
        ((ObjectNode) anyPod.path("ingress").get(0).path("from").get(0)).remove("namespaceSelector");
        ((ObjectNode) anyPod.path("ingress").get(0).path("from").get(0)).putObject("podSelector");
        assertEquals(List.of("pods {} of this namespace, port 8080"), peers(anyPod));
    }

    @Test
    void theProductionIngressRoutesTheApiAndTheWebAppPageByExactPathAndNothingElse() {
        JsonNode ingress = Manifests.of("overlays/production").get("Ingress", "gateway");
        assertEquals(List.of("Exact /graphql", "Exact /"), paths(ingress));
        assertTrue(routes(ingress, "/graphql"));
        assertTrue(routes(ingress, "/"));
        for (String path : NEVER_ROUTED) {
            assertFalse(routes(ingress, path), path + " is routed to the gateway");
        }
        JsonNode rule = ingress.path("spec").path("rules").get(0);
        assertEquals(rule.path("host").asText(), ingress.path("spec").path("tls").get(0).path("hosts").get(0).asText());
        assertTrue(ingress.path("spec").path("defaultBackend").isMissingNode(), "no default backend catches the rest");
    }

    @Test
    void theLocalIngressAlsoRoutesTheGraphQLUiButNothingElseOfQ() {
        JsonNode ingress = Manifests.of("overlays/local").get("Ingress", "gateway");
        assertTrue(routes(ingress, "/graphql"));
        assertTrue(routes(ingress, "/q/graphql-ui"));
        assertTrue(routes(ingress, "/q/graphql-ui/index.html"));
        for (String path : List.of("/q/metrics", "/q/health/live", "/q/openapi", "/graphql/schema.graphql",
                "/q/graphql-uiX")) {
            assertFalse(routes(ingress, path), path + " is routed to the gateway");
        }
    }

    @Test
    void theRoutingCheckSeesThatAPrefixSlashWouldPublishEverything() {
        ObjectNode ingress = Manifests.of("overlays/production").get("Ingress", "gateway").deepCopy();
        ArrayNode paths = (ArrayNode) ingress.path("spec").path("rules").get(0).path("http").path("paths");
        ((ObjectNode) paths.get(1)).put("pathType", "Prefix");
        for (String path : NEVER_ROUTED) {
            assertTrue(routes(ingress, path), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void everyAppAndTheGatewayVerifyTokensWithTheSharedSettingsAndMountTheKeyTheyName(String overlay)
            throws IOException {
        Manifests manifests = Manifests.of(overlay);
        Map<String, String> settings = overlay.endsWith("local") ? configMap(manifests, "warledger-jwt-settings")
                : exampleFile("overlays/production/example/jwt-settings.env");
        assertEquals(new TreeMap<>(JWT_SETTINGS), new TreeMap<>(settings), overlay);
        String keyPath = settings.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        for (String app : APPS) {
            JsonNode pod = manifests.get("Deployment", app).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertTrue(StreamSupport.stream(container.path("envFrom").spliterator(), false).anyMatch(
                    from -> from.path("configMapRef").path("name").asText().startsWith("warledger-jwt-settings")),
                    app + " reads warledger-jwt-settings");
            JsonNode mount = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                    .filter(m -> keyPath.startsWith(m.path("mountPath").asText() + "/")).findFirst()
                    .orElseThrow(() -> new AssertionError(
                            app + " reads its JWT key from " + keyPath + ", which no volume provides"));
            JsonNode volume = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                    .filter(v -> v.path("name").asText().equals(mount.path("name").asText())).findFirst().orElseThrow();
            assertTrue(volume.path("configMap").path("name").asText().startsWith("warledger-jwt"), app);
            for (String key : JWT_SETTINGS.keySet()) {
                assertFalse(manifests.get("ConfigMap", app + "-config").path("data").has(key),
                        app + "-config sets " + key + " apart from the shared settings");
            }
        }
    }

    @Test
    void productionCommitsNoKeyNoJwtSettingsAndNoSecretTheOperatorCreatesThem() throws IOException {
        Manifests production = Manifests.of("overlays/production");
        assertEquals(List.of(), production.ofKind("Secret"));
        for (String name : List.of("warledger-jwt", "warledger-jwt-settings")) {
            assertTrue(production.ofKind("ConfigMap").stream().noneMatch(c -> Manifests.name(c).startsWith(name)),
                    name + " is the operator's");
        }
        for (String example : List.of("overlays/production/example/jwt-settings.env",
                "overlays/local/example/jwt-settings.env")) {
            assertTrue(Files.readString(Manifests.K8S.resolve(example)).startsWith("# EXAMPLE"), example);
        }
    }

    /** What the restricted Pod Security Standard (v1.30+) would refuse in a pod spec. */
    static List<String> restrictedViolations(String name, JsonNode pod) {
        List<String> violations = new ArrayList<>();
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean(false)) {
                violations.add(name + ": " + host);
            }
        }
        Set<String> allowedVolumes = Set.of("name", "configMap", "secret", "emptyDir", "persistentVolumeClaim",
                "projected", "downwardAPI", "csi", "ephemeral");
        pod.path("volumes").forEach(volume -> volume.fieldNames().forEachRemaining(type -> {
            if (!allowedVolumes.contains(type)) {
                violations.add(name + ": " + type + " volume " + volume.path("name").asText());
            }
        }));
        JsonNode podSecurity = pod.path("securityContext");
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        for (JsonNode container : containers) {
            String where = name + "/" + container.path("name").asText();
            JsonNode security = container.path("securityContext");
            boolean nonRoot = security.path("runAsNonRoot")
                    .asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false));
            int user = security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(-1));
            if (!nonRoot || user == 0) {
                violations.add(where + ": runs as root" + (user == 0 ? " (runAsUser 0)" : ""));
            }
            String seccomp = security.path("seccompProfile").path("type")
                    .asText(podSecurity.path("seccompProfile").path("type").asText(""));
            if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
                violations.add(where + ": no seccompProfile RuntimeDefault");
            }
            if (security.path("privileged").asBoolean(false)) {
                violations.add(where + ": privileged");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add(where + ": allowPrivilegeEscalation is not false");
            }
            if (StreamSupport.stream(security.path("capabilities").path("drop").spliterator(), false)
                    .noneMatch(c -> c.asText().equals("ALL"))) {
                violations.add(where + ": does not drop ALL capabilities");
            }
            security.path("capabilities").path("add").forEach(c -> {
                if (!c.asText().equals("NET_BIND_SERVICE")) {
                    violations.add(where + ": adds capability " + c.asText());
                }
            });
            container.path("ports").forEach(p -> {
                if (p.has("hostPort")) {
                    violations.add(where + ": hostPort " + p.path("hostPort").asText());
                }
            });
        }
        return violations;
    }

    /** Who may reach the pods of an ingress-only view of a NetworkPolicy, one line per peer and port. */
    static List<String> peers(JsonNode policy) {
        List<String> peers = new ArrayList<>();
        for (JsonNode rule : policy.path("ingress")) {
            List<String> ports = new ArrayList<>();
            rule.path("ports").forEach(p -> ports.add("port " + p.path("port").asText()));
            String on = ports.isEmpty() ? "every port" : String.join(", ", ports);
            if (rule.path("from").isMissingNode() || rule.path("from").isEmpty()) {
                peers.add("ANYONE, " + on);
                continue;
            }
            for (JsonNode peer : rule.path("from")) {
                List<String> who = new ArrayList<>();
                if (peer.has("ipBlock")) {
                    who.add("addresses " + peer.path("ipBlock").path("cidr").asText());
                }
                if (peer.has("namespaceSelector")) {
                    who.add("namespace " + selector(peer.path("namespaceSelector")));
                }
                if (peer.has("podSelector")) {
                    who.add("pods " + selector(peer.path("podSelector"))
                            + (peer.has("namespaceSelector") ? "" : " of this namespace"));
                }
                peers.add(String.join(" ", who) + ", " + on);
            }
        }
        return peers;
    }

    private static String selector(JsonNode selector) {
        if (selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty()) {
            return "{}";
        }
        List<String> terms = new ArrayList<>();
        selector.path("matchLabels").fields()
                .forEachRemaining(e -> terms.add(e.getKey() + "=" + e.getValue().asText()));
        selector.path("matchExpressions").forEach(e -> terms.add(e.toString()));
        return String.join(",", terms);
    }

    private static List<String> paths(JsonNode ingress) {
        List<String> paths = new ArrayList<>();
        ingress.path("spec").path("rules").forEach(rule -> rule.path("http").path("paths")
                .forEach(p -> paths.add(p.path("pathType").asText() + " " + p.path("path").asText())));
        return paths;
    }

    /**
     * Whether the Ingress sends a request path to a backend, as the Ingress API defines matching: Exact compares the
     * whole path; Prefix compares whole path elements split by "/" (so /q/graphql-ui matches /q/graphql-ui/x, not
     * /q/graphql-uiX); ImplementationSpecific is treated as the widest (a prefix of characters).
     */
    static boolean routes(JsonNode ingress, String requestPath) {
        if (!ingress.path("spec").path("defaultBackend").isMissingNode()) {
            return true;
        }
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                String p = path.path("path").asText();
                boolean matches = switch (path.path("pathType").asText()) {
                case "Exact" -> requestPath.equals(p);
                case "Prefix" -> p.equals("/") || requestPath.equals(p.replaceAll("/$", ""))
                        || requestPath.startsWith(p.replaceAll("/$", "") + "/");
                default -> requestPath.startsWith(p);
                };
                if (matches) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> configMap(Manifests manifests, String prefix) {
        JsonNode config = manifests.ofKind("ConfigMap").stream().filter(c -> Manifests.name(c).startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + prefix));
        Map<String, String> data = new TreeMap<>();
        config.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    private static Map<String, String> exampleFile(String path) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(Manifests.K8S.resolve(path))));
        Map<String, String> data = new TreeMap<>();
        properties.forEach((k, v) -> data.put(k.toString(), v.toString()));
        return data;
    }
}
