package org.warledger.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.QueryCache;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LeafFields} answers exactly what graphql-java's own strategy answers — values, nulls, errors with their paths,
 * and the same DataLoader batches — over leaves, non-null leaves that are null, failing accessors, enums, aliases,
 * fragments, {@code __typename} and batched fields on several levels.
 */
class LeafFieldsTest {

    public enum Kind {
        ATTACK, SHELLING
    }

    /** A record of the test schema; its accessors are read by {@link PlainFields}' fetchers. */
    public static final class Row {
        private final int number;

        Row(int number) {
            this.number = number;
        }

        public String id() {
            if (StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getClassName().equals(LeafFields.Leaf.class.getName())))) {
                ONE_STEP.incrementAndGet();
            }
            return "r" + number;
        }

        public String title() {
            return number % 3 == 0 ? null : "Row " + number;
        }

        public Kind kind() {
            return number % 2 == 0 ? Kind.ATTACK : Kind.SHELLING;
        }

        public Integer count() {
            return number;
        }

        /** Null for every fifth row, although the schema promises a value. */
        public String required() {
            return number % 5 == 0 ? null : "present";
        }

        public String broken() {
            if (number % 4 == 1) {
                throw new IllegalStateException("row " + number + " cannot be read");
            }
            return "fine";
        }

        /** Not a number for row 7: the Int scalar refuses it. */
        public Object size() {
            return number == 7 ? "seven" : number * 10;
        }

        public List<String> tags() {
            return List.of("a" + number, "b" + number);
        }
    }

    private static final String SDL = """
            type Query { rows: [Row] }
            enum Kind { ATTACK SHELLING }
            type Row {
              id: ID!
              title: String
              kind: Kind
              count: Int!
              required: String!
              broken: String
              size: Int
              tags: [String]
              next: Row
              siblings: [Row]
            }
            """;

    private static final String[] LEAVES = { "id", "title", "kind", "count", "required", "broken", "size", "tags" };

    private final AtomicInteger batches = new AtomicInteger();
    /** Reads of {@code Row.id} made in one step, by {@link LeafFields}. */
    static final AtomicInteger ONE_STEP = new AtomicInteger();

    private GraphQLSchema schema() {
        GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry();
        registry.dataFetcher(FieldCoordinates.coordinates("Query", "rows"),
                (DataFetcher<?>) environment -> List.of(new Row(1), new Row(2), new Row(3), new Row(5), new Row(7)));
        for (String leaf : LEAVES) {
            registry.dataFetcher(FieldCoordinates.coordinates("Row", leaf), Accessors.of(Row.class, leaf));
        }
        registry.dataFetcher(FieldCoordinates.coordinates("Row", "next"),
                (DataFetcher<?>) environment -> environment.getDataLoader("next").load(environment.getSource()));
        registry.dataFetcher(FieldCoordinates.coordinates("Row", "siblings"), (DataFetcher<?>) environment -> List
                .of(new Row(((Row) environment.getSource()).number + 10), new Row(15)));
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring().codeRegistry(registry).build());
    }

    private Map<String, Object> run(ExecutionStrategy strategy, String query) throws Exception {
        return run(strategy, SimplePerformantInstrumentation.INSTANCE, query);
    }

    private Map<String, Object> run(ExecutionStrategy strategy, Instrumentation instrumentation, String query)
            throws Exception {
        BatchLoader<Row, Row> next = rows -> {
            batches.incrementAndGet();
            return CompletableFuture.completedFuture(rows.stream().map(row -> new Row(row.number + 1)).toList());
        };
        DataLoaderRegistry loaders = DataLoaderRegistry.newRegistry()
                .register("next", DataLoaderFactory.newDataLoader(next)).build();
        GraphQL graphQl = GraphQL.newGraphQL(schema()).queryExecutionStrategy(strategy).instrumentation(instrumentation)
                .build();
        // Without query plans: these are graphql-java's own field by field path, which LeafFields shortens.
        return graphQl
                .executeAsync(ExecutionInput.newExecutionInput(query).dataLoaderRegistry(loaders)
                        .graphQLContext(Map.of(Plans.WITHOUT_PLANS, true)).build())
                .get(10, TimeUnit.SECONDS).toSpecification();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{ rows { id title kind count } }",
            "{ rows { id first: title again: title kind __typename } }",
            "{ rows { ...parts } } fragment parts on Row { id title ... on Row { count kind } }",
            "{ rows { id required } }", "{ rows { id broken } }", "{ rows { id size } }", "{ rows { id tags } }",
            "{ rows { id next { id title next { id kind count } } siblings { id next { id title } } } }",
            "{ rows { id next { id required } siblings { id broken size } } }",
            "{ rows { a: next { id } b: next { title } siblings { next { next { id count } } } } }",
            "{ rows { id title @skip(if: true) kind @include(if: false) count } }" })
    void answersAsGraphQlJavaDoes(String query) throws Exception {
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query);
        int expectedBatches = batches.getAndSet(0);
        Map<String, Object> answered = run(new LeafFields(new SimpleDataFetcherExceptionHandler()), query);
        assertEquals(expected, answered, query);
        assertEquals(expectedBatches, batches.get(), "DataLoader batches for " + query);
    }

    /** An instrumentation that sees every field graphql-java fetches. */
    static final class FieldCounter extends SimplePerformantInstrumentation {
        final AtomicInteger fetched = new AtomicInteger();

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            fetched.incrementAndGet();
            return super.beginFieldFetching(parameters, state);
        }
    }

    @Test
    void withSmallRyesQueryCacheChainedTheLeavesAreStillAnsweredInOneStep() throws Exception {
        String query = "{ rows { id title next { id kind } } }";
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query);
        ONE_STEP.set(0);
        Instrumentation chained = new ChainedInstrumentation(List.of(new QueryCache()));
        assertTrue(LeafFields.fieldBlind(chained), "the query cache looks at validation only");
        assertEquals(expected, run(new LeafFields(new SimpleDataFetcherExceptionHandler()), chained, query));
        assertEquals(10, ONE_STEP.get(), "five rows and their next rows, each id in one step");
    }

    @Test
    void anInstrumentationThatObservesFieldsSeesEveryFieldAsWithGraphQlJava() throws Exception {
        String query = "{ rows { id title next { id kind } } }";
        FieldCounter alone = new FieldCounter();
        Map<String, Object> expected = run(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), alone,
                query);
        FieldCounter chained = new FieldCounter();
        Instrumentation chain = new ChainedInstrumentation(List.of(new QueryCache(), chained));
        assertFalse(LeafFields.fieldBlind(chain));
        ONE_STEP.set(0);
        assertEquals(expected, run(new LeafFields(new SimpleDataFetcherExceptionHandler()), chain, query));
        assertEquals(alone.fetched.get(), chained.fetched.get(), "every field fetched through graphql-java");
        assertEquals(0, ONE_STEP.get(), "no field answered in one step");
    }

    @Test
    void onlyInstrumentationsThatKeepTheDoNothingFieldMethodsAreBlindToFields() {
        assertTrue(LeafFields.fieldBlind(SimplePerformantInstrumentation.INSTANCE));
        assertTrue(LeafFields.fieldBlind(new ChainedInstrumentation(List.of())));
        assertTrue(LeafFields.fieldBlind(new QueryCache()));
        assertFalse(LeafFields.fieldBlind(new FieldCounter()));
        assertFalse(LeafFields.fieldBlind(new SimplePerformantInstrumentation() {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                    InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
                return dataFetcher;
            }
        }));
        assertFalse(
                LeafFields.fieldBlind(new ChainedInstrumentation(
                        List.of(new QueryCache(), new ChainedInstrumentation(List.of(new FieldCounter()))))),
                "a chain in a chain is looked into");
    }

    @Test
    void theLeavesArePlainScalarAndEnumFieldsOnly() {
        GraphQLSchema schema = schema();
        Map<String, LeafFields.Leaf> leaves = LeafFields.leavesOf((GraphQLObjectType) schema.getType("Row"),
                schema.getCodeRegistry());
        assertEquals(java.util.Set.of("id", "title", "kind", "count", "required", "broken", "size"), leaves.keySet());
        assertTrue(leaves.get("id").nonNull());
        assertFalse(leaves.get("title").nonNull());
        assertTrue(
                LeafFields.leavesOf((GraphQLObjectType) schema.getType("Query"), schema.getCodeRegistry()).isEmpty());
    }
}
