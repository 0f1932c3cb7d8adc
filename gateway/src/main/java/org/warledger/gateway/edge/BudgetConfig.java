package org.warledger.gateway.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * What one GraphQL request may cost, checked on the parsed document (variables applied) before anything is executed.
 * The defaults let every documented query through with room to spare: the composed query of the README costs 4 backend
 * calls, 26 fields, depth 6 and 59 tokens.
 */
@ConfigMapping(prefix = "warledger.graphql.budget")
public interface BudgetConfig {

    /** The largest request body accepted at the GraphQL endpoint; a larger one is answered 413 unread. */
    @WithDefault("1M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBodySize();

    /** How deep the JSON of a request body (or of GET variables) may nest. */
    @WithDefault("32")
    int maxJsonDepth();

    /** Lexical tokens of the document (names, punctuation, values; not white space, commas or comments). */
    @WithDefault("5000")
    int maxTokens();

    /** Nesting of fields; introspection fields (__schema, __type) do not count. */
    @WithDefault("10")
    int maxDepth();

    /** Fields selected, fragments expanded. */
    @WithDefault("2000")
    int maxFields();

    /**
     * Selections visited while the budget is computed: fields, fragment spreads and inline fragments, skipped ones and
     * spreads of unknown fragments included, so that a document of nested spreads is refused, not expanded.
     */
    @WithDefault("10000")
    int maxSelections();

    /** Aliased fields, fragments expanded. */
    @WithDefault("30")
    int maxAliases();

    /** Root fields (distinct response keys of the operation). */
    @WithDefault("15")
    int maxRootFields();

    /** Mutation fields of one request. */
    @WithDefault("10")
    int maxMutations();

    /**
     * Calls to the services the request can cause: each root field its own (timeline 3), each cross-service field one
     * per level at which it is selected.
     */
    @WithDefault("20")
    int maxBackendCalls();

    /** Characters of any string in the arguments or variables (an event's summary, the longest text, takes 20000). */
    @WithDefault("20000")
    int maxStringLength();

    /**
     * Characters of an article's text or HTML page ({@code submitArticle}'s {@code input.text} and {@code input.html}),
     * which are held to this instead of {@link #maxStringLength()}. intake-service takes text up to 200,000 characters
     * (it refuses a longer one itself) and HTML up to 2 MB; the body size limits both too.
     */
    @WithDefault("1000000")
    int maxArticleLength();

    /** Elements of any list, or fields of any object, in the arguments or variables. */
    @WithDefault("500")
    int maxListLength();
}
