package org.warledger.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * Who may open a TCP connection to whom under the NetworkPolicies of an overlay, as the NetworkPolicy API defines it: a
 * connection needs the source's egress and the destination's ingress to allow it, and a side no policy of its type
 * selects allows everything. Peers are matched by pod and namespace labels; an ipBlock peer is taken to match anyone
 * and a named port any port (the widest readings, so that a check of who may connect never misses one).
 */
final class Network {

    static final String NAMESPACE = "warledger";

    /** A pod: where it runs, its labels, the TCP port it listens on. */
    record Pod(String name, String namespace, Map<String, String> labels, int port) {
        static Pod outside(String namespace, Map<String, String> labels, int port) {
            return new Pod(namespace + "/" + labels, namespace, labels, port);
        }
    }

    private final List<JsonNode> policies;

    Network(List<JsonNode> policies) {
        this.policies = policies;
    }

    /** The pods the overlay runs: its Deployments and StatefulSets, and production's CloudNativePG instances. */
    static List<Pod> pods(Manifests manifests) {
        List<Pod> pods = new ArrayList<>();
        for (JsonNode workload : manifests.workloads()) {
            JsonNode template = workload.path("spec").path("template");
            pods.add(new Pod(Manifests.name(workload), NAMESPACE, labels(template.path("metadata").path("labels")),
                    template.path("spec").path("containers").get(0).path("ports").get(0).path("containerPort")
                            .asInt()));
        }
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            Map<String, String> labels = labels(cluster.path("spec").path("inheritedMetadata").path("labels"));
            labels.put("cnpg.io/cluster", Manifests.name(cluster));
            pods.add(new Pod(Manifests.name(cluster), NAMESPACE, labels, 5432));
        }
        return pods;
    }

    /** Every "source → destination:port" among the pods, each destination on the port it listens on. */
    TreeSet<String> connections(List<Pod> pods) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Pod from : pods) {
            for (Pod to : pods) {
                if (from != to && allows(from, to, to.port())) {
                    allowed.add(from.name() + " → " + to.name() + ":" + to.port());
                }
            }
        }
        return allowed;
    }

    boolean allows(Pod from, Pod to, int port) {
        boolean egress = !from.namespace().equals(NAMESPACE) || sideAllows("Egress", from, to, port);
        boolean ingress = !to.namespace().equals(NAMESPACE) || sideAllows("Ingress", to, from, port);
        return egress && ingress;
    }

    /** Whether the policies of one type that select {@code self} let it talk to {@code peer} on the port. */
    private boolean sideAllows(String type, Pod self, Pod peer, int port) {
        boolean selected = false;
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!types(spec).contains(type) || !matches(spec.path("podSelector"), self.labels())) {
                continue;
            }
            selected = true;
            for (JsonNode rule : spec.path(type.equals("Ingress") ? "ingress" : "egress")) {
                if (peerMatches(rule.path(type.equals("Ingress") ? "from" : "to"), peer) && portMatches(rule, port)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private static List<String> types(JsonNode spec) {
        if (spec.has("policyTypes")) {
            return StreamSupport.stream(spec.path("policyTypes").spliterator(), false).map(JsonNode::asText).toList();
        }
        return spec.has("egress") ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private static boolean peerMatches(JsonNode peers, Pod pod) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                return true;
            }
            boolean namespace = peer.has("namespaceSelector")
                    ? matches(peer.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", pod.namespace()))
                    : pod.namespace().equals(NAMESPACE);
            boolean labels = !peer.has("podSelector") || matches(peer.path("podSelector"), pod.labels());
            if (namespace && labels) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode rule, int port) {
        if (rule.path("ports").isMissingNode() || rule.path("ports").isEmpty()) {
            return true;
        }
        for (JsonNode p : rule.path("ports")) {
            boolean tcp = p.path("protocol").asText("TCP").equals("TCP");
            if (tcp && p.path("port").isTextual()) {
                return true; // a named port: taken to be any, the widest reading
            }
            int from = p.path("port").asInt(-1);
            int to = p.path("endPort").asInt(from);
            if (tcp && (p.path("port").isMissingNode() || (port >= from && port <= to))) {
                return true;
            }
        }
        return false;
    }

    /** A label selector (matchLabels and matchExpressions); the empty selector selects everything. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.path("matchLabels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = StreamSupport.stream(expression.path("values").spliterator(), false)
                    .map(JsonNode::asText).toList();
            boolean holds = switch (expression.path("operator").asText()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new TreeMap<>();
        labels.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
