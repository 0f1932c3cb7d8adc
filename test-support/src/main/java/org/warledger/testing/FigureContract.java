package org.warledger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one meaning of a figure's wording, as a table of cases ({@code figure-contract.json}): a figure as a client
 * states it, and either the {@code low}/{@code best}/{@code high} bounds derived from it or the fields validation
 * refuses. Every service that takes figures runs its own rules over every case ({@code FigureContractTest}), so the
 * services cannot drift apart.
 * <p>
 * A contract test rather than a shared figure module: each service owns its model and API (STYLE.md, "no shared domain
 * library between services"), so each keeps its own small copy of the figure types and rules, free to store them its
 * own way (a JSON column in event-service, columns in casualty-service) and to be released on its own; what they must
 * share is the behaviour, and this table pins it down without coupling their deployables.
 */
public final class FigureContract {

    private static final String RESOURCE = "/figure-contract.json";

    private FigureContract() {
    }

    /**
     * A figure as a client sends it; {@code qualifier} is the enum constant's name, null when absent; {@code word} the
     * vague word of an UNQUANTIFIED figure.
     */
    public record Stated(String qualifier, Long value, Long low, Long high, String word) {
    }

    /** The derived bounds; null means the wording gives no such bound. */
    public record Bounds(Long low, Long best, Long high) {
    }

    /**
     * One case: exactly one of {@code bounds} (the figure is accepted) and {@code refused} (the fields below the figure
     * that validation names, e.g. {@code value}, {@code rangeConsistent}) is set.
     */
    public record Case(String name, double tolerance, Stated stated, Bounds bounds, Set<String> refused) {

        public boolean accepted() {
            return bounds != null;
        }

        /** The name, so that a parameterized test lists the cases by what they are about. */
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every case of the table, in its order. */
    public static List<Case> cases() {
        JsonNode table = read();
        double defaultTolerance = required(table, "defaultTolerance", "the table").asDouble();
        List<Case> cases = new ArrayList<>();
        for (JsonNode node : required(table, "cases", "the table")) {
            String name = required(node, "name", "a case").asText();
            JsonNode stated = required(node, "stated", name);
            double tolerance = node.has("tolerance") ? node.get("tolerance").asDouble() : defaultTolerance;
            Bounds bounds = null;
            Set<String> refused = null;
            if (node.has("bounds") == node.has("refused")) {
                throw new IllegalStateException("case '" + name + "' needs exactly one of bounds and refused");
            }
            if (node.has("bounds")) {
                JsonNode b = node.get("bounds");
                bounds = new Bounds(number(required(b, "low", name)), number(required(b, "best", name)),
                        number(required(b, "high", name)));
            } else {
                refused = new TreeSet<>();
                for (JsonNode field : node.get("refused")) {
                    refused.add(field.asText());
                }
                if (refused.isEmpty()) {
                    throw new IllegalStateException("case '" + name + "' is refused without naming a field");
                }
            }
            cases.add(new Case(name, tolerance,
                    new Stated(stated.hasNonNull("qualifier") ? stated.get("qualifier").asText() : null,
                            number(stated.get("value")), number(stated.get("low")), number(stated.get("high")),
                            stated.hasNonNull("word") ? stated.get("word").asText() : null),
                    bounds, refused == null ? null : Set.copyOf(refused)));
        }
        return List.copyOf(cases);
    }

    /**
     * The vague words and the lower bound each gives, as the services configure them by default
     * ({@code warledger.figures.vague-words}).
     */
    public static Map<String, Long> vocabulary() {
        Map<String, Long> words = new TreeMap<>();
        required(read(), "vocabulary", "the table").fields()
                .forEachRemaining(e -> words.put(e.getKey(), number(e.getValue())));
        return Map.copyOf(words);
    }

    /** The qualifiers the table covers: a service's qualifier enum must have exactly these constants. */
    public static Set<String> qualifiers() {
        Set<String> names = new TreeSet<>();
        cases().stream().map(c -> c.stated().qualifier()).filter(q -> q != null).forEach(names::add);
        return Set.copyOf(names);
    }

    private static JsonNode read() {
        try (InputStream in = FigureContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the figure contract could not be read", e);
        }
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        if (!node.has(field)) {
            throw new IllegalStateException(where + " has no " + field);
        }
        return node.get(field);
    }

    private static Long number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw new IllegalStateException("not a whole number that fits a long: " + node);
        }
        return node.asLong();
    }
}
