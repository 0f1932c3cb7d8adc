package org.warledger.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A root field completed by its plan ({@link Plans}) answers exactly what graphql-java's own strategy answers: values,
 * nulls, errors with their paths. A document a plan does not cover is completed by graphql-java; a plan that meets
 * something only graphql-java reports (a null where a value is promised, a refused value, a failing accessor or batch)
 * declines, and the request, run again without plans as the gateway's edge runs it, answers as graphql-java does.
 */
class PlansTest {

    /** A record of the test schema; its accessors are read by {@link PlainFields}' fetchers. */
    public static final class Row {
        private final int number;

        Row(int number) {
            this.number = number;
        }

        public String id() {
            return "r" + number;
        }

        public String title() {
            return number % 3 == 0 ? null : "Row " + number;
        }

        public Integer count() {
            return number;
        }

        /** Null for row 25, although the schema promises a value: only rows reached through two look-ups meet it. */
        public String required() {
            return number == 25 ? null : "present";
        }

        public String broken() {
            if (number == 3) {
                throw new IllegalStateException("row " + number + " cannot be read");
            }
            return "fine";
        }

        /** Not a number for row 7: the Int scalar refuses it. */
        public Object size() {
            return number == 7 ? "seven" : number * 10;
        }

        /** An Error, not an exception, for rows reached through a look-up. */
        public String fatal() {
            if (number > 20) {
                throw new AssertionError("row " + number + " is corrupt");
            }
            return "sound";
        }

        public List<String> tags() {
            return List.of("a" + number, "b" + number);
        }

        /** A list with a null item for row 2, where the schema promises none. */
        public List<String> codes() {
            return number == 2 ? Collections.singletonList(null) : List.of("c" + number);
        }

        public List<Row> siblings() {
            return List.of(new Row(number + 10), new Row(15));
        }

        public Row parent() {
            return number % 2 == 0 ? null : new Row(number * 100);
        }
    }

    private static final String SDL = """
            type Query { rows: [Row!]! row(number: Int!): Row other: Row missing: Row! }
            type Row {
              id: ID!
              title: String
              count: Int!
              required: String!
              broken: String
              fatal: String
              size: Int
              tags: [String]
              codes: [String!]
              siblings: [Row!]!
              parent: Row
              next: Row
              following: Row!
              named(prefix: String): String
              computed: String
            }
            """;

    private static final String[] PLAIN = { "id", "title", "count", "required", "broken", "fatal", "size", "tags",
            "codes", "siblings", "parent" };

    private static SimpleMeterRegistry meters;

    /** The batches the {@code next} loader was called with: each a list of the parents' numbers. */
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    /** The environments the batch loader was handed (the first key's, as SmallRye reads it). */
    private final List<DataFetchingEnvironment> environments = Collections.synchronizedList(new ArrayList<>());
    /** Rows whose {@code next} look-up fails. */
    private volatile int failingNext = -1;

    @BeforeAll
    static void countPlans() {
        meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
    }

    @AfterAll
    static void stopCounting() {
        Metrics.removeRegistry(meters);
    }

    /** The plan outcomes counted before the test. */
    private final Map<String, Double> before = new HashMap<>();

    @BeforeEach
    void reset() {
        countFromHere();
    }

    private void countFromHere() {
        for (String outcome : List.of("answered", "declined")) {
            before.put(outcome, meters.counter("warledger.graphql.plans", "outcome", outcome).count());
        }
    }

    private GraphQLSchema schema() {
        GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry();
        registry.dataFetcher(FieldCoordinates.coordinates("Query", "rows"),
                (DataFetcher<?>) environment -> List.of(new Row(1), new Row(2), new Row(3), new Row(5), new Row(7)));
        registry.dataFetcher(FieldCoordinates.coordinates("Query", "row"),
                (DataFetcher<?>) environment -> new Row(environment.<Integer> getArgument("number")));
        registry.dataFetcher(FieldCoordinates.coordinates("Query", "other"),
                (DataFetcher<?>) environment -> new Row(4));
        for (String plain : PLAIN) {
            registry.dataFetcher(FieldCoordinates.coordinates("Row", plain), Accessors.of(Row.class, plain));
        }
        DataFetcher<?> unused = environment -> {
            throw new AssertionError("the DataLoader is registered: SmallRye's fetcher is not used");
        };
        registry.dataFetcher(FieldCoordinates.coordinates("Row", "next"), new SchemaTuning.BatchField("next", unused));
        registry.dataFetcher(FieldCoordinates.coordinates("Row", "following"),
                new SchemaTuning.BatchField("next", unused));
        registry.dataFetcher(FieldCoordinates.coordinates("Query", "missing"), (DataFetcher<?>) environment -> null);
        registry.dataFetcher(FieldCoordinates.coordinates("Row", "named"),
                (DataFetcher<?>) environment -> environment.getArgument("prefix") + "-"
                        + environment.getArgument("prefix"));
        registry.dataFetcher(FieldCoordinates.coordinates("Row", "computed"),
                (DataFetcher<?>) environment -> "computed " + ((Row) environment.getSource()).number);
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring().codeRegistry(registry).build());
    }

    /** Runs a query as the gateway's edge does: once, and once more without plans when its plan declined. */
    private Map<String, Object> run(ExecutionStrategy strategy, String query) throws Exception {
        try {
            return execute(strategy, query, false);
        } catch (ExecutionException e) {
            assertTrue(Plans.declined(e), () -> "only a declined plan fails a request: " + e);
            return execute(strategy, query, true);
        }
    }

    private Map<String, Object> execute(ExecutionStrategy strategy, String query, boolean withoutPlans)
            throws Exception {
        return execute(strategy, query, null, Map.of(), withoutPlans, null);
    }

    /**
     * Runs a query; with {@code documents}, parsed documents are kept by their text as SmallRye keeps them, so that a
     * later request gets the very same document.
     */
    private Map<String, Object> execute(ExecutionStrategy strategy, String query, String operation,
            Map<String, Object> variables, boolean withoutPlans, Map<String, PreparsedDocumentEntry> documents)
            throws Exception {
        BatchLoaderWithContext<Row, Row> next = (rows, environment) -> {
            batches.add(rows.stream().map(row -> row.number).toList());
            environments.add(dataFetchingEnvironment(environment));
            if (rows.stream().anyMatch(row -> row.number == failingNext)) {
                return CompletableFuture.failedFuture(new IllegalStateException("next is down"));
            }
            return CompletableFuture.completedFuture(rows.stream().map(row -> new Row(row.number + 20)).toList());
        };
        DataLoaderRegistry loaders = DataLoaderRegistry.newRegistry()
                .register("next", DataLoaderFactory.newDataLoader(next)).build();
        GraphQL.Builder builder = GraphQL.newGraphQL(schema()).queryExecutionStrategy(strategy);
        if (documents != null) {
            builder.preparsedDocumentProvider((in, parse) -> CompletableFuture
                    .completedFuture(documents.computeIfAbsent(in.getQuery(), text -> parse.apply(in))));
        }
        GraphQL graphQl = builder.build();
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput(query).dataLoaderRegistry(loaders)
                .variables(variables).operationName(operation);
        if (withoutPlans) {
            input.graphQLContext(Map.of(Plans.WITHOUT_PLANS, true));
        }
        return graphQl.executeAsync(input.build()).get(10, TimeUnit.SECONDS).toSpecification();
    }

    private static DataFetchingEnvironment dataFetchingEnvironment(BatchLoaderEnvironment environment) {
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) environment.getKeyContextsList().get(0);
        assertEquals(List.of(), first.get(BatchLoaderHelper.ARGUMENTS), "no arguments besides the parents");
        return (DataFetchingEnvironment) first.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT);
    }

    private double plans(String outcome) {
        return meters.counter("warledger.graphql.plans", "outcome", outcome).count() - before.get(outcome);
    }

    /**
     * Each query with what happens to its root field: {@code answered} by its plan, {@code declined} by it (and run
     * again by graphql-java), or {@code graphql-java} when its document has no plan.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "{ rows { id title count } }|answered",
            "{ rows { id first: title again: title __typename } }|answered",
            "{ rows { ...parts } } fragment parts on Row { id title ... on Row { count } ... { tags } }|answered",
            "{ rows { id tags siblings { id title parent { id } } } }|answered",
            "{ rows { id next { id title next { id count } } siblings { id next { id title } } } }|answered",
            "{ rows { a: next { id } b: next { title } siblings { next { next { id count } } } } }|answered",
            "{ rows { id next { id } next { title } } }|answered", "{ row(number: 4) { id next { id } } }|answered",
            "{ row(number: 4) { parent { id } } }|answered", "{ rows { id required } }|answered",
            "{ rows { next { id required } } }|declined", "{ rows { id broken } }|declined",
            "{ rows { id size } }|declined", "{ rows { id codes } }|declined",
            "{ rows { id title @skip(if: true) count } }|graphql-java",
            "{ rows { id named(prefix: \"x\") } }|graphql-java", "{ rows { id computed } }|graphql-java",
            "{ rows { id } other { id } }|graphql-java", "{ rows { ... on Query { __typename } id } }|graphql-java",
            "{ __typename }|answered" })
    void answersAsGraphQlJavaDoes(String query, String outcome) throws Exception {
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query);
        List<List<Integer>> expectedBatches = List.copyOf(batches);
        batches.clear();
        countFromHere();

        Map<String, Object> answered = run(new LeafFields(new SimpleDataFetcherExceptionHandler()), query);

        assertEquals(expected, answered, query);
        assertEquals(outcome.equals("answered") ? 1 : 0, plans("answered"), query);
        assertEquals(outcome.equals("declined") ? 1 : 0, plans("declined"), query);
        if (outcome.equals("answered")) {
            // One batch per level of the answer: never more than graphql-java's, and the same parents in all.
            assertTrue(batches.size() <= expectedBatches.size(), () -> batches + " vs " + expectedBatches);
            assertEquals(sorted(expectedBatches), sorted(batches), query);
        }
    }

    private static List<Integer> sorted(List<List<Integer>> batches) {
        return batches.stream().flatMap(List::stream).sorted().toList();
    }

    @Test
    void aFailedBatchIsNullWithGraphQlJavasErrorAtEveryParentAndTheServiceIsAskedOnce() throws Exception {
        failingNext = 5;
        String query = "{ rows { id next { id } siblings { id } } }";
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query);
        batches.clear();
        countFromHere();
        Map<String, Object> answered = run(new LeafFields(new SimpleDataFetcherExceptionHandler()), query);
        assertEquals(expected, answered);
        assertEquals(1, plans("answered"));
        assertEquals(0, plans("declined"));
        assertEquals(1, batches.size(), "one call, not run again");
        assertEquals(5, ((List<?>) answered.get("errors")).size(), "one error per row, as graphql-java reports it");
    }

    @Test
    void aFailedBatchWhereAValueIsPromisedDeclinesAndGraphQlJavaNullsTheParents() throws Exception {
        failingNext = 5;
        String query = "{ rows { id following { id } } }";
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query);
        countFromHere();
        Map<String, Object> answered = run(new LeafFields(new SimpleDataFetcherExceptionHandler()), query);
        assertEquals(expected, answered);
        assertEquals(1, plans("declined"));
    }

    @Test
    void aRootFieldWithoutValueIsLeftToGraphQlJava() throws Exception {
        String query = "{ missing { id next { id } } }";
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query);
        batches.clear();
        countFromHere();
        assertEquals(expected, run(new LeafFields(new SimpleDataFetcherExceptionHandler()), query));
        assertEquals(0, plans("answered") + plans("declined"));
        assertTrue(batches.isEmpty());
    }

    @Test
    void theBatchLoaderGetsTheFieldsEnvironmentAtItsFirstParentWithoutASelectionSet() throws Exception {
        run(new LeafFields(new SimpleDataFetcherExceptionHandler()), "{ rows { id siblings { next { id } } } }");
        assertEquals(1, plans("answered"));
        assertEquals(List.of(List.of(11, 15, 12, 15, 13, 15, 15, 15, 17, 15)), batches,
                "every sibling's parent in one batch, in the order of the answer");
        DataFetchingEnvironment environment = environments.get(0);
        assertEquals("/rows[0]/siblings[0]/next", environment.getExecutionStepInfo().getPath().toString());
        assertEquals("next", environment.getField().getName());
        assertEquals("Row", ((graphql.schema.GraphQLObjectType) environment.getParentType()).getName());
        assertEquals(11, ((Row) environment.getSource()).number);
        assertTrue(environment.getSelectionSet().getFields().isEmpty(), "no selection set for SmallRye to render");
        assertEquals(graphql.language.OperationDefinition.Operation.QUERY,
                environment.getOperationDefinition().getOperation());
    }

    /** Runs a kept document as the gateway's edge does (once more without plans when its plan declined). */
    private Map<String, Object> runKept(ExecutionStrategy strategy, String query, String operation,
            Map<String, Object> variables, Map<String, PreparsedDocumentEntry> documents) throws Exception {
        try {
            return execute(strategy, query, operation, variables, false, documents);
        } catch (ExecutionException e) {
            assertTrue(Plans.declined(e), () -> "only a declined plan fails a request: " + e);
            return execute(strategy, query, operation, variables, true, documents);
        }
    }

    @Test
    void aKeptDocumentWhoseRootFieldMergesOtherFieldsByVariableOrOperationGetsTheirPlans() throws Exception {
        LeafFields strategy = new LeafFields(new SimpleDataFetcherExceptionHandler());
        Map<String, PreparsedDocumentEntry> kept = new HashMap<>();
        Map<String, PreparsedDocumentEntry> keptByGraphQlJava = new HashMap<>();
        AsyncExecutionStrategy graphQlJava = new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler());
        String included = "query($s: Boolean!) { rows { id } rows @include(if: $s) { title next { id } } }";
        for (boolean s : List.of(false, true, false)) {
            Map<String, Object> variables = Map.of("s", s);
            assertEquals(runKept(graphQlJava, included, null, variables, keptByGraphQlJava),
                    runKept(strategy, included, null, variables, kept), "with s " + s);
        }
        String operations = "query A { ...q } query B { ...q rows { title } } fragment q on Query { rows { id } }";
        for (String operation : List.of("A", "B", "A")) {
            assertEquals(runKept(graphQlJava, operations, operation, Map.of(), keptByGraphQlJava),
                    runKept(strategy, operations, operation, Map.of(), kept), "operation " + operation);
        }
        assertEquals(6, plans("answered"));
    }

    @Test
    void anErrorInAnAccessorDeclinesInsteadOfLeavingTheRequestWaiting() throws Exception {
        LeafFields strategy = new LeafFields(new SimpleDataFetcherExceptionHandler());
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> execute(strategy, "{ rows { id next { fatal } } }", false));
        assertTrue(Plans.declined(failed), () -> "declined: " + failed);
        assertEquals(1, plans("declined"));
    }
}
