package org.warledger.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What may connect to what inside the namespace, and to and from outside it, read from the NetworkPolicies as the
 * cluster would enforce them: the gateway calls the four services, the intake-service the three record services, each
 * service its own database, and nothing else.
 */
class NetworkPoliciesTest {

    /** The calls the apps make: the gateway to every service, the intake-service to the services that own records. */
    static final Map<String, List<String>> CALLS = Map.of("gateway",
            List.of("event-service", "casualty-service", "aid-service", "intake-service"), "intake-service",
            List.of("event-service", "casualty-service", "aid-service"));
    static final Network.Pod DNS = Network.Pod.outside("kube-system", Map.of("k8s-app", "kube-dns"), 53);
    static final Network.Pod INGRESS_CONTROLLER = Network.Pod.outside("ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"), 443);
    static final Network.Pod ELSEWHERE = Network.Pod.outside("elsewhere", Map.of("app", "anything"), 443);

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void insideTheNamespaceOnlyTheCallsTheAppsMakeAndEachServiceToItsOwnDatabaseAreAllowed(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<Network.Pod> pods = Network.pods(manifests);
        assertEquals(ManifestsTest.APPS.size() + ManifestsTest.DATABASES.size(), pods.size(), pods.toString());

        assertEquals(expected(manifests, pods), network(manifests).connections(pods));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void fromOutsideTheNamespaceOnlyTheIngressControllerReachesAnAppAndOnlyTheGateway(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Network network = network(manifests);
        for (Network.Pod app : apps(manifests)) {
            assertEquals(app.name().equals("gateway"), network.allows(INGRESS_CONTROLLER, app, app.port()),
                    "ingress controller → " + app.name());
            assertFalse(network.allows(ELSEWHERE, app, app.port()), "a pod of another namespace → " + app.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/local", "overlays/production" })
    void everyAppResolvesNamesButReachesNothingElseOutsideTheNamespace(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Network network = network(manifests);
        for (Network.Pod app : apps(manifests)) {
            assertTrue(network.allows(app, DNS, 53), app.name() + " → DNS");
            for (int port : List.of(80, 443, 5432, 8080)) {
                assertFalse(network.allows(app, ELSEWHERE, port), app.name() + " → another namespace:" + port);
            }
        }
    }

    @Test
    void theIntakeServiceIsReachedByTheGatewayAloneAndReachesTheThreeRecordServicesAndItsDatabase() {
        Manifests production = Manifests.of("overlays/production");
        List<Network.Pod> pods = Network.pods(production);
        TreeSet<String> connections = network(production).connections(pods);
        assertEquals(Set.of("gateway → intake-service:8084"), matching(connections, " → intake-service:"));
        assertEquals(
                Set.of("intake-service → aid-service:8083", "intake-service → casualty-service:8082",
                        "intake-service → event-service:8081", "intake-service → intake-db:5432"),
                matching(connections, "intake-service → "));
    }

    @Test
    void theCheckSeesAMissingAllowanceAndAnOpenNamespace() {
        Manifests production = Manifests.of("overlays/production");
        List<Network.Pod> pods = Network.pods(production);
        List<JsonNode> withoutIntakeIngress = new ArrayList<>(production.ofKind("NetworkPolicy"));
        withoutIntakeIngress.removeIf(p -> Manifests.name(p).equals("record-services-from-intake-service"));
        assertEquals(Set.of("intake-service → intake-db:5432"),
                matching(new Network(withoutIntakeIngress).connections(pods), "intake-service → "));

        List<JsonNode> open = new ArrayList<>(production.ofKind("NetworkPolicy"));
        ObjectNode allowAll = Manifests.of("overlays/production").get("NetworkPolicy", "default-deny").deepCopy();
        ((ObjectNode) allowAll.path("spec")).putArray("ingress").addObject();
        ((ObjectNode) allowAll.path("spec")).putArray("egress").addObject();
        open.add(allowAll);
        TreeSet<String> connections = new Network(open).connections(pods);
        assertTrue(connections.contains("aid-service → intake-service:8084"), connections.toString());
        assertTrue(new Network(open).allows(ELSEWHERE, pods.get(0), pods.get(0).port()));
    }

    private static TreeSet<String> expected(Manifests manifests, List<Network.Pod> pods) {
        TreeSet<String> expected = new TreeSet<>();
        CALLS.forEach((caller, called) -> called
                .forEach(service -> expected.add(caller + " → " + service + ":" + port(pods, service))));
        ManifestsTest.DATABASES.forEach((service, database) -> expected.add(service + " → " + database + "-db:5432"));
        if (!manifests.ofKind("Cluster").isEmpty()) {
            // CloudNativePG's instances replicate from each other.
            for (String a : ManifestsTest.DATABASES.values()) {
                for (String b : ManifestsTest.DATABASES.values()) {
                    if (!a.equals(b)) {
                        expected.add(a + "-db → " + b + "-db:5432");
                    }
                }
            }
        }
        return expected;
    }

    private static Network network(Manifests manifests) {
        return new Network(manifests.ofKind("NetworkPolicy"));
    }

    private static List<Network.Pod> apps(Manifests manifests) {
        List<Network.Pod> apps = Network.pods(manifests).stream().filter(pod -> ManifestsTest.APPS.contains(pod.name()))
                .toList();
        assertEquals(ManifestsTest.APPS.size(), apps.size());
        return apps;
    }

    private static int port(List<Network.Pod> pods, String name) {
        return pods.stream().filter(pod -> pod.name().equals(name)).findFirst().orElseThrow().port();
    }

    private static Set<String> matching(TreeSet<String> connections, String part) {
        Set<String> found = new TreeSet<>();
        connections.stream().filter(c -> c.contains(part)).forEach(found::add);
        return found;
    }
}
