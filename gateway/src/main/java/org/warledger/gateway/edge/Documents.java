package org.warledger.gateway.edge;

import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parses and validates GraphQL documents with a token limit that holds. graphql-java parses operations with
 * {@link ParserOptions#getDefaultOperationParserOptions()} (15,000 tokens); SmallRye's {@code parser-max-tokens} sets
 * only {@link ParserOptions#setDefaultParserOptions}, which operations never read — so that setting had no effect. Here
 * the limit is passed with every parse. Documents found valid are kept by their text, as SmallRye keeps its own: only
 * documents of at most {@value #CACHED_LENGTH} characters, and at most {@value #CACHED_TEXT} characters of them in all,
 * so that padded or generated queries cannot fill the heap (a full cache is emptied and fills again).
 */
final class Documents {

    /** The longest document kept: what people and the web app write is far shorter. */
    static final int CACHED_LENGTH = 8 * 1024;
    /** The characters of all documents kept. */
    static final int CACHED_TEXT = 512 * 1024;

    /** The outcome of parsing a document: parsed, refused for its length, or not GraphQL. */
    sealed interface Outcome {
    }

    /** A document and the number of tokens it has. */
    record Parsed(Document document, int tokens) implements Outcome {
    }

    /** More tokens than allowed: parsing stopped at the first one over the limit. */
    record TooManyTokens() implements Outcome {
    }

    record Invalid(List<? extends GraphQLError> errors) implements Outcome {
    }

    private final int maxTokens;
    private final Map<String, Parsed> valid = new ConcurrentHashMap<>();
    private final AtomicLong cachedText = new AtomicLong();

    Documents(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /** Parses a document, or finds it among the valid documents seen before. */
    Outcome parse(String query) {
        Parsed cached = valid.get(query);
        if (cached != null) {
            return cached;
        }
        int[] tokens = { 0 };
        try {
            // White space is bounded by the body size and cheap to skip; everything else counts against the limit.
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                    .maxTokens(maxTokens).maxWhitespaceTokens(Integer.MAX_VALUE).parsingListener(token -> tokens[0]++));
            Document document = new Parser().parseDocument(
                    ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
            return new Parsed(document, tokens[0]);
        } catch (ParseCancelledException e) {
            return new TooManyTokens();
        } catch (InvalidSyntaxException e) {
            return new Invalid(List.of(e.toInvalidSyntaxError()));
        }
    }

    /** The validation errors of a parsed document against the schema; none for a document found valid before. */
    List<? extends GraphQLError> validate(String query, Parsed parsed, GraphQLSchema schema) {
        if (valid.containsKey(query)) {
            return List.of();
        }
        List<? extends GraphQLError> errors = ParseAndValidate.validate(schema, parsed.document());
        if (errors.isEmpty() && query.length() <= CACHED_LENGTH) {
            if (cachedText.addAndGet(query.length()) > CACHED_TEXT) {
                valid.clear();
                cachedText.set(query.length());
            }
            valid.put(query, parsed);
        }
        return errors;
    }
}
