package org.warledger.gateway.engine;

import graphql.ExperimentalApi;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.FieldValueInfo.CompleteValueType;
import graphql.execution.MergedField;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * graphql-java's query execution, with the plain scalar and enum fields of the gateway's records answered in one step.
 * <p>
 * For every field of every row, graphql-java's strategy builds an {@code ExecutionStepInfo}, instrumentation contexts,
 * a fetched value, completion parameters and a result holder; for the composed query (about a thousand fields, most of
 * them a title, an id or a number) that was the largest part of the gateway's CPU. A leaf field here — a scalar or an
 * enum, not a list, without arguments, read by one of {@link PlainFields}' accessors — is read and serialised directly,
 * and the DataLoader dispatch strategy is told it was fetched, as graphql-java tells it, so that batches dispatch on
 * the same level as before. Everything else, and every leaf whose answer is not a plain value (a null where the schema
 * promises a value, an exception, a value its scalar refuses), goes through graphql-java's own path, which reads the
 * field again and reports the error as it always has. The answers are the same; only the work is not.
 * <p>
 * Taken only when nothing observes fields one by one: no instrumentation that overrides graphql-java's field methods
 * (SmallRye always chains its query cache, which does not; it adds others for configured complexity, depth or
 * federation tracing, which do), no limit on result nodes, no incremental delivery.
 * <p>
 * A root field whose document has a plan ({@link Plans}) is completed by the plan, without graphql-java's per-field
 * work below it; everything else as above.
 */
public final class LeafFields extends AsyncExecutionStrategy {

    /** A field answered in one step: its accessor and the leaf type that serialises its value. */
    record Leaf(LightDataFetcher<?> fetcher, GraphQLFieldDefinition definition, GraphQLType type, boolean nonNull) {

        /**
         * The serialised value: null for a null value, {@link #GRAPHQL_JAVA} when graphql-java has to answer (a null
         * where the schema promises a value, a value the type refuses, or an exception).
         */
        Object serialise(ExecutionContext context, Object source) {
            Object value;
            try {
                value = context.getValueUnboxer().unbox(fetcher.get(definition, source, null));
            } catch (Exception e) {
                return GRAPHQL_JAVA;
            }
            if (value == null) {
                return nonNull ? GRAPHQL_JAVA : null;
            }
            return LeafFields.serialise(context, type, value);
        }

        /** What graphql-java's strategy would have reported the answer as. */
        FieldValueInfo answer(Object value) {
            CompleteValueType kind = value == null ? CompleteValueType.NULL
                    : type instanceof GraphQLEnumType ? CompleteValueType.ENUM : CompleteValueType.SCALAR;
            return new FieldValueInfo(kind, value);
        }
    }

    /**
     * A value that is not null serialised by its scalar or enum type; {@link #GRAPHQL_JAVA} when the type refuses it
     * (then graphql-java's own path reports the error).
     */
    static Object serialise(ExecutionContext context, GraphQLType type, Object value) {
        try {
            Object serialised = type instanceof GraphQLScalarType scalar
                    ? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                    : ((GraphQLEnumType) type).serialize(value, context.getGraphQLContext(), context.getLocale());
            return serialised == null || serialised instanceof Double number && number.isNaN() ? GRAPHQL_JAVA
                    : serialised;
        } catch (Exception e) {
            return GRAPHQL_JAVA;
        }
    }

    /** Marks a leaf whose answer graphql-java's own path has to give. */
    static final Object GRAPHQL_JAVA = new Object();

    private static final Map<String, Leaf> NO_LEAVES = Map.of();

    /** The leaf fields of each object type of the schema, found on first use. */
    private final Map<GraphQLObjectType, Map<String, Leaf>> leaves = new ConcurrentHashMap<>();

    private final Plans plans = new Plans();

    public LeafFields(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    /**
     * A root field with a plan ({@link Plans}) is completed by it; its answer is reported as one value, so that the
     * DataLoader dispatch strategy expects no fields of graphql-java's below it.
     */
    @Override
    protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        ExecutionStrategyParameters root = parameters.getParent();
        if (step.getPath().getLevel() == 1 && root != null && step.getFieldDefinition() != null
                && parameters.getSource() != null && unobserved(context)) {
            Plans.Shape plan = plans.of(context, parameters.getField(), step.getFieldDefinition(),
                    root.getFields().size());
            if (plan != null) {
                return new FieldValueInfo(CompleteValueType.SCALAR,
                        plans.run(context, dataFetcherExceptionHandler, plan, parameters.getSource(), step.getPath()));
            }
        }
        return super.completeValue(context, parameters);
    }

    @Override
    protected Object resolveFieldWithInfo(ExecutionContext context, ExecutionStrategyParameters parameters) {
        Leaf leaf = leaf(context, parameters);
        Object source = parameters.getSource();
        if (leaf != null && source != null) {
            Object value = leaf.serialise(context, source);
            if (value != GRAPHQL_JAVA) {
                context.getDataLoaderDispatcherStrategy().fieldFetched(context, parameters, leaf.fetcher(), value);
                return leaf.answer(value);
            }
        }
        return super.resolveFieldWithInfo(context, parameters);
    }

    /** The field's leaf, when it is one and graphql-java's per-field work observes nothing here. */
    private Leaf leaf(ExecutionContext context, ExecutionStrategyParameters parameters) {
        MergedField field = parameters.getField();
        if (field == null
                || !(parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType type)
                || !unobserved(context)) {
            return null;
        }
        return leaves.computeIfAbsent(type, owner -> leavesOf(owner, context.getGraphQLSchema().getCodeRegistry()))
                .get(field.getName());
    }

    /** No instrumentation that observes fields, no result-node limit, no deferred delivery. */
    private static boolean unobserved(ExecutionContext context) {
        return fieldBlind(context.getInstrumentation())
                && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null
                && !Boolean.TRUE.equals(context.getGraphQLContext().get(ExperimentalApi.ENABLE_INCREMENTAL_SUPPORT));
    }

    /**
     * Whether an instrumentation sees nothing of single fields: it, and every instrumentation it chains, keeps the
     * do-nothing field methods of graphql-java's base classes (SmallRye always chains its query cache, which only looks
     * at validation).
     */
    static boolean fieldBlind(Instrumentation instrumentation) {
        if (instrumentation instanceof ChainedInstrumentation chained) {
            return chained.getClass() == ChainedInstrumentation.class
                    && chained.getInstrumentations().stream().allMatch(LeafFields::fieldBlind);
        }
        return instrumentation == null || FIELD_BLIND.get(instrumentation.getClass());
    }

    /** The methods graphql-java calls on the instrumentation for each field it resolves. */
    private static final List<String> FIELD_METHODS = List.of("beginFieldExecution", "beginFieldFetch",
            "beginFieldFetching", "instrumentDataFetcher", "beginFieldCompletion", "beginFieldListCompletion");

    /** Instrumentation classes that override none of {@link #FIELD_METHODS}. */
    @SuppressWarnings("deprecation")
    private static final ClassValue<Boolean> FIELD_BLIND = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Set<Class<?>> doNothing = Set.of(Instrumentation.class, SimplePerformantInstrumentation.class,
                    SimpleInstrumentation.class);
            return Arrays.stream(type.getMethods()).filter(method -> FIELD_METHODS.contains(method.getName()))
                    .allMatch(method -> doNothing.contains(method.getDeclaringClass()));
        }
    };

    /** The fields of a type that are answered in one step. */
    static Map<String, Leaf> leavesOf(GraphQLObjectType type, GraphQLCodeRegistry registry) {
        Map<String, Leaf> found = new HashMap<>();
        for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
            GraphQLType declared = definition.getType();
            boolean nonNull = declared instanceof GraphQLNonNull;
            GraphQLType unwrapped = nonNull ? ((GraphQLNonNull) declared).getWrappedType() : declared;
            DataFetcher<?> fetcher = registry.getDataFetcher(type, definition);
            boolean plain = fetcher instanceof PlainFields.Accessor<?> || fetcher instanceof PlainFields.Converted<?>;
            if (plain && definition.getArguments().isEmpty()
                    && (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType)) {
                found.put(definition.getName(),
                        new Leaf((LightDataFetcher<?>) fetcher, definition, unwrapped, nonNull));
            }
        }
        return found.isEmpty() ? NO_LEAVES : Map.copyOf(found);
    }
}
