package org.warledger.platform.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.warledger.platform.failure.Refusal;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.failure.Violation;
import org.warledger.platform.json.RefusedInput;

/**
 * Bulk import and export as NDJSON. An import is read from the request's stream line by line (see {@link ImportConfig}
 * for its limits) into records of one input type, each checked with Bean Validation exactly as the single-record
 * endpoint would, so that a bulk import accepts and refuses the same things. Every physical line is accounted for: a
 * blank line is SKIPPED, a line that is not exactly one valid JSON object is REJECTED as a whole.
 */
@ApplicationScoped
public class Ndjson {

    /** The response header that carries the cursor of an export's next part. */
    public static final String NEXT_CURSOR = "Warledger-Next-Cursor";

    /** Longest field name a report repeats; longer ones (from the request's own JSON) are cut. */
    private static final int MAX_FIELD_LENGTH = 200;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final ImportConfig limits;

    public Ndjson(ObjectMapper mapper, Validator validator, ImportConfig limits) {
        this.mapper = mapper;
        this.validator = validator;
        this.limits = limits;
    }

    /**
     * One physical line of the file: its number, and either the parsed input, or why it was refused (the first
     * violations and how many there were in all), or that it was blank.
     */
    public record Line<T>(int number, T input, List<Violation> violations, int violationCount, boolean blank) {
        public boolean valid() {
            return !blank && violationCount == 0;
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

    /**
     * Reads an import from its stream. Over the line-count or line-length limit the whole import is refused (413) at
     * the line that breaks it, without reading further; an import without any record is refused (400).
     */
    public <T> List<Line<T>> read(InputStream body, Class<T> type, Function<T, String> externalKey) {
        if (body == null) {
            throw empty();
        }
        NdjsonLines texts = new NdjsonLines(body, limits.maxLines(), limits.maxLineBytes());
        Budget budget = new Budget(limits.maxViolationsPerLine(), limits.maxReportViolations());
        List<Line<T>> lines = new ArrayList<>();
        boolean anyRecord = false;
        try {
            for (byte[] text = texts.next(); text != null; text = texts.next()) {
                if (isBlank(text)) {
                    lines.add(new Line<>(texts.number(), null, List.of(), 0, true));
                    continue;
                }
                anyRecord = true;
                lines.add(parse(texts.number(), text, type, externalKey, budget));
            }
        } catch (IOException e) {
            throw Refusals.invalid("the import could not be read to its end");
        }
        if (!anyRecord) {
            throw empty();
        }
        return lines;
    }

    private static Refusal empty() {
        return Refusals.invalid("the import holds no record: send one JSON object per line");
    }

    /** Blank: nothing but JSON whitespace (space, tab, CR). */
    private static boolean isBlank(byte[] text) {
        for (byte b : text) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private <T> Line<T> parse(int number, byte[] text, Class<T> type, Function<T, String> externalKey, Budget budget) {
        T input;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            // What follows the first value is judged below, so that the line is reported as holding two values.
            input = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
            if (!atEnd(parser)) {
                return refused(number, budget, List.of(new Violation("line", "body", secondValue(text))));
            }
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("line");
            String message = e instanceof RefusedInput refusal ? refusal.reason()
                    : "has a value of the wrong type or format";
            return refused(number, budget, List.of(new Violation(field, "body", message)));
        } catch (IOException e) {
            return refused(number, budget, List.of(new Violation("line", "body", "is not valid JSON")));
        }
        if (input == null) {
            return refused(number, budget, List.of(new Violation("line", "body", "is not a JSON object")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        List<Violation> problems = new ArrayList<>(
                violations.stream().map(v -> new Violation(v.getPropertyPath().toString(), "body", v.getMessage()))
                        .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList());
        if (externalKey.apply(input) == null) {
            problems.add(new Violation("externalKey", "body",
                    "is required in an import, so that importing the same file twice changes nothing"));
        }
        return problems.isEmpty() ? new Line<>(number, input, List.of(), 0, false) : refused(number, budget, problems);
    }

    /** Whether nothing but whitespace follows the first value; anything else, even unreadable, is a second value. */
    private static boolean atEnd(JsonParser parser) {
        try {
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String secondValue(byte[] text) {
        for (byte b : text) {
            if (b == '\r') {
                return "holds more than one JSON value: a lone CR does not end a line (lines end with LF or CRLF), "
                        + "and each line holds exactly one JSON object; nothing of this line was imported";
            }
        }
        return "holds more than one JSON value: each line holds exactly one JSON object; nothing of this line was "
                + "imported";
    }

    private static <T> Line<T> refused(int number, Budget budget, List<Violation> violations) {
        List<Violation> listed = violations.subList(0, budget.take(violations.size())).stream().map(Ndjson::bounded)
                .toList();
        return new Line<>(number, null, listed, violations.size(), false);
    }

    private static Violation bounded(Violation violation) {
        return violation.field().length() <= MAX_FIELD_LENGTH ? violation : new Violation(
                violation.field().substring(0, MAX_FIELD_LENGTH) + "…", violation.in(), violation.message());
    }

    /**
     * How many violations a report still lists: up to a number per line while the report's total lasts, then the first
     * violation of each line only, so that every rejected line says why.
     */
    static final class Budget {
        private final int perLine;
        private int remaining;

        Budget(int perLine, int total) {
            this.perLine = Math.max(1, perLine);
            this.remaining = total;
        }

        int take(int count) {
            int listed = Math.min(Math.min(count, perLine), Math.max(1, remaining));
            remaining = Math.max(0, remaining - listed);
            return Math.min(listed, count);
        }
    }
}
