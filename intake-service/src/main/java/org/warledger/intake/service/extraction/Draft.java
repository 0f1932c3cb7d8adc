package org.warledger.intake.service.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.domain.Evidence;

/**
 * A candidate as the rules build it: the proposed record (the owning service's input fields), the sentence it came
 * from, the evidence of each field, a confidence with its reasons, and the key that makes two mentions of one record in
 * an article the same candidate.
 */
public final class Draft {

    private final CandidateKind kind;
    private final ObjectNode proposed = JsonNodeFactory.instance.objectNode();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final int start;
    private int end;
    private double confidence;
    private String key;

    public Draft(CandidateKind kind, Sentence sentence, double base) {
        this.kind = kind;
        this.start = sentence.start();
        this.end = sentence.end();
        this.confidence = base;
    }

    /** Sets the field at a dotted path ("figure.value") and records the words it came from. */
    public Draft set(String path, Object value, Sentence sentence, int first, int last, String rule) {
        put(path, value);
        if (first >= 0 && last >= first) {
            evidence.add(new Evidence(path, sentence.token(first).start(), sentence.token(last).end(), rule));
        }
        return this;
    }

    /** Sets a field that no words stand for (a default, or a value derived from the article). */
    public Draft assume(String path, Object value, String reason) {
        put(path, value);
        reasons.add(reason);
        return this;
    }

    public Draft evidence(String path, int startOffset, int endOffset, String rule) {
        evidence.add(new Evidence(path, startOffset, endOffset, rule));
        return this;
    }

    public Draft adjust(double delta, String reason) {
        confidence += delta;
        reasons.add(reason);
        return this;
    }

    /** Widens the span to a later sentence whose words it now holds. */
    public Draft extendTo(int newEnd) {
        end = Math.max(end, newEnd);
        return this;
    }

    public Draft key(String key) {
        this.key = key;
        return this;
    }

    private void put(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = proposed;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        String name = parts[parts.length - 1];
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof BigDecimal number) {
            node.put(name, number.stripTrailingZeros().scale() <= 0 ? number.setScale(0) : number);
        } else if (value instanceof Number number) {
            node.put(name, number.longValue());
        } else if (value instanceof LocalDate date) {
            node.put(name, date.toString());
        } else if (value instanceof JsonNode json) {
            node.set(name, json);
        } else {
            node.put(name, value.toString());
        }
    }

    public CandidateKind kind() {
        return kind;
    }

    public ObjectNode proposed() {
        return proposed;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public List<String> reasons() {
        return reasons;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public double confidence() {
        return Math.max(0.05, Math.min(0.99, Math.round(confidence * 100) / 100.0));
    }

    /** The confidence before it is rounded and bounded, to choose between two mentions of one record. */
    public double weight() {
        return confidence;
    }

    public String key() {
        return key;
    }

    public boolean has(String field) {
        return evidence.stream().anyMatch(e -> e.field().equals(field));
    }
}
