package org.warledger.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Bulk import and export as NDJSON. An import is read into records of one input type, each checked with Bean Validation
 * exactly as the single-record endpoint would, so that a bulk import accepts and refuses the same things.
 */
@ApplicationScoped
public class Ndjson {

    /** The response header that carries the cursor of an export's next part. */
    public static final String NEXT_CURSOR = "Warledger-Next-Cursor";

    /** Lines in one import request; larger files are sent in several requests. */
    public static final int MAX_LINES = 10_000;

    private final ObjectMapper mapper;
    private final Validator validator;

    public Ndjson(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** One line of the file: its number, and either the parsed input or why it was refused. */
    public record Line<T>(int number, T input, List<Problem.Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /** One JSON document per line, in the API's JSON. */
    public String write(List<?> records) {
        StringBuilder out = new StringBuilder();
        for (Object record : records) {
            try {
                out.append(mapper.writeValueAsString(record)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a record could not be written as JSON", e);
            }
        }
        return out.toString();
    }

    public <T> List<Line<T>> read(String body, Class<T> type, Function<T, String> externalKey) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "the import is empty: send one JSON object per line");
        }
        String[] texts = body.split("\r?\n");
        long count = Arrays.stream(texts).filter(t -> !t.isBlank()).count();
        if (count > MAX_LINES) {
            throw new ProblemException(413, "an import holds at most " + MAX_LINES + " lines; split the file");
        }
        List<Line<T>> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].isBlank()) {
                continue;
            }
            lines.add(parse(i + 1, texts[i], type, externalKey));
        }
        return lines;
    }

    private <T> Line<T> parse(int number, String text, Class<T> type, Function<T, String> externalKey) {
        T input;
        try {
            input = mapper.readValue(text, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("line");
            return new Line<>(number, null,
                    List.of(new Problem.Violation(field, "body", "has a value of the wrong type or format")));
        } catch (JsonProcessingException e) {
            return new Line<>(number, null, List.of(new Problem.Violation("line", "body", "is not valid JSON")));
        }
        if (input == null) {
            return new Line<>(number, null, List.of(new Problem.Violation("line", "body", "is not a JSON object")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        List<Problem.Violation> problems = new ArrayList<>(violations.stream()
                .map(v -> new Problem.Violation(v.getPropertyPath().toString(), "body", v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field)).toList());
        if (externalKey.apply(input) == null) {
            problems.add(new Problem.Violation("externalKey", "body",
                    "is required in an import, so that importing the same file twice changes nothing"));
        }
        return new Line<>(number, input, problems);
    }
}
