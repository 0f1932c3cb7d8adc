package org.warledger.gateway.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dataloader.DataLoader;

/**
 * Query plans: the completion of a query's root field worked out once per document, then run for each request without
 * graphql-java's per-field machinery.
 * <p>
 * graphql-java completes a value field by field: for every object of the answer an {@code ExecutionStepInfo}, a future,
 * a result map and the DataLoader dispatch strategy's counting, for every batched field of every row a
 * {@link DataFetchingEnvironment}. A plan knows from the document which fields each object of the answer shows and how
 * each is read — a record's accessor ({@link PlainFields}), a leaf serialised by its scalar or enum,
 * {@code __typename}, or a cross-service field's DataLoader ({@link SchemaTuning.BatchField}) — and completes the root
 * field's value level by level: it reads the plain fields of a whole level, hands every parent of a batched field to
 * its DataLoader and dispatches each loader once per level (so the calls to the services are the ones graphql-java
 * makes), then goes on with what they answered.
 * <p>
 * A document gets a plan only when nothing in it needs graphql-java's general path: a query whose single root field's
 * selection holds fields without arguments and without directives, fragments on the very type they are spread in, no
 * abstract types and no list of lists; every field is read by one of the fetchers above. A plan answers only plain
 * values and failed batches: a batched field whose load failed (a service down or too slow) is null with the error
 * graphql-java reports, made by the same exception handler at each parent, and the rest of the answer goes on. What a
 * plan does not reproduce — a null where the schema promises a value (graphql-java then nulls the parents), a value a
 * scalar refuses, an accessor that throws — makes it <em>decline</em> ({@link Declined}): the request is run again by
 * graphql-java alone ({@link #WITHOUT_PLANS}), which reports it as it always has. A root field whose value is null (its
 * service failed, or there is nothing) is left to graphql-java from the start, so a failing service is never asked
 * twice. A decline does cost its request a second round of calls; with the gateway's schema (its only non-null output
 * fields are numbers and booleans the records always hold) it can come only from an answer the services' contracts
 * exclude, such as a null item in a list of non-null items.
 * <p>
 * The answer's data are graphql-java's; so are its errors, but for their order when several parents' batches fail on
 * one level: a plan lists them in the order of the answer, graphql-java in the order its futures happen to complete.
 */
public final class Plans {

    /**
     * A request whose GraphQL context holds this key (true) runs without plans: the run again of a request whose plan
     * declined.
     */
    public static final String WITHOUT_PLANS = "warledger.graphql.without-plans";

    Plans() {
    }

    /**
     * Root fields that have been looked at, and their plans (empty: none), by the very fields of the document merged
     * into the root field (compared by identity): an operation, a fragment or a directive that merges other fields into
     * it (another operation spreading the same fragment, {@code @include} on a sibling) makes another key.
     */
    private final Cache<List<Field>, Optional<Shape>> plans = Caffeine.newBuilder().maximumSize(1_000).build();

    /** The counts of plans answered and declined, once the application's meter registry is there. */
    private volatile Counter[] outcomes;

    /**
     * The plan of the root field being completed, or null when graphql-java has to complete it: its document has none,
     * or its operation has other root fields (their batches share loaders by level under graphql-java).
     */
    Shape of(ExecutionContext context, MergedField root, GraphQLFieldDefinition definition, int rootFields) {
        if (rootFields != 1 || Boolean.TRUE.equals(context.getGraphQLContext().get(WITHOUT_PLANS))) {
            return null;
        }
        return plans
                .get(List.copyOf(root.getFields()),
                        fields -> Optional.ofNullable(new Compiler(context).shape(definition.getType(), fields)))
                .orElse(null);
    }

    /** Completes a root field's value by its plan; fails with {@link Declined} when graphql-java has to answer. */
    CompletableFuture<Object> run(ExecutionContext context, DataFetcherExceptionHandler handler, Shape shape,
            Object value, ResultPath path) {
        CompletableFuture<Object> answer = new Run(context, handler).start(shape, value, path);
        answer.whenComplete((result, failure) -> outcomes()[failure == null ? 0 : 1].increment());
        return answer;
    }

    /**
     * {@code warledger.graphql.plans{outcome=answered|declined}} in the application's meter registry (plans are made
     * while SmallRye builds its schema, before that registry is set up), or Micrometer's global one outside Quarkus.
     */
    private Counter[] outcomes() {
        Counter[] counters = outcomes;
        if (counters == null) {
            ArcContainer container = Arc.container();
            InstanceHandle<MeterRegistry> registry = container == null ? null : container.instance(MeterRegistry.class);
            MeterRegistry meters = registry != null && registry.isAvailable() ? registry.get() : Metrics.globalRegistry;
            counters = new Counter[] { meters.counter("warledger.graphql.plans", "outcome", "answered"),
                    meters.counter("warledger.graphql.plans", "outcome", "declined") };
            outcomes = counters;
        }
        return counters;
    }

    /** Whether a request failed because its plan declined, so that graphql-java alone should run it again. */
    public static boolean declined(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Declined) {
                return true;
            }
        }
        return false;
    }

    /** A plan gave up on a value: graphql-java's path has to answer the request. */
    static final class Declined extends RuntimeException {

        Declined(String reason, Throwable cause) {
            super(reason, cause, false, false);
        }
    }

    /**
     * How a value of a field's type is completed: whether it may be null, whether it is a list (and its items may be
     * null), and its items' object plan or leaf type.
     */
    record Shape(boolean nonNull, boolean list, boolean itemNonNull, ObjectPlan object, GraphQLType leaf) {
    }

    /** The fields shown of an object of a type, in the order of the answer. */
    record ObjectPlan(GraphQLObjectType type, Member[] members) {
    }

    /** How one key of an object's answer is found. */
    record Member(String key, Kind kind, LeafFields.Leaf leaf, LightDataFetcher<?> accessor, String loader, Shape shape,
            GraphQLFieldDefinition definition, MergedField field, GraphQLObjectType parent) {
    }

    enum Kind {
        /** {@code __typename}. */
        TYPENAME,
        /** A plain scalar or enum read and serialised in one step. */
        LEAF,
        /** A record's accessor, its value completed by the member's shape. */
        READ,
        /** A cross-service field: the parent goes to the field's DataLoader. */
        BATCH
    }

    /** Works out plans from a document; null wherever graphql-java has to complete. */
    private static final class Compiler {

        private final Map<String, FragmentDefinition> fragments;
        private final GraphQLCodeRegistry registry;

        Compiler(ExecutionContext context) {
            this.fragments = context.getFragmentsByName();
            this.registry = context.getGraphQLSchema().getCodeRegistry();
        }

        Shape shape(GraphQLOutputType type, List<Field> fields) {
            boolean nonNull = type instanceof GraphQLNonNull;
            GraphQLType inner = nonNull ? ((GraphQLNonNull) type).getWrappedType() : type;
            boolean list = inner instanceof GraphQLList;
            boolean itemNonNull = false;
            if (list) {
                inner = ((GraphQLList) inner).getWrappedType();
                itemNonNull = inner instanceof GraphQLNonNull;
                inner = itemNonNull ? ((GraphQLNonNull) inner).getWrappedType() : inner;
                if (inner instanceof GraphQLList) {
                    return null;
                }
            }
            if (inner instanceof GraphQLScalarType || inner instanceof GraphQLEnumType) {
                return new Shape(nonNull, list, itemNonNull, null, inner);
            }
            if (!(inner instanceof GraphQLObjectType object)) {
                return null;
            }
            ObjectPlan plan = object(object, fields);
            return plan == null ? null : new Shape(nonNull, list, itemNonNull, plan, null);
        }

        /** The plan of an object whose fields are those selected by these fields (merged as graphql-java merges). */
        private ObjectPlan object(GraphQLObjectType type, List<Field> fields) {
            Map<String, List<Field>> byKey = new LinkedHashMap<>();
            for (Field field : fields) {
                if (field.getSelectionSet() == null || !collect(type, field.getSelectionSet(), byKey)) {
                    return null;
                }
            }
            Map<String, LeafFields.Leaf> leaves = LeafFields.leavesOf(type, registry);
            List<Member> members = new ArrayList<>(byKey.size());
            for (Map.Entry<String, List<Field>> entry : byKey.entrySet()) {
                Member member = member(type, entry.getKey(), entry.getValue(), leaves);
                if (member == null) {
                    return null;
                }
                members.add(member);
            }
            return new ObjectPlan(type, members.toArray(Member[]::new));
        }

        private Member member(GraphQLObjectType type, String key, List<Field> fields,
                Map<String, LeafFields.Leaf> leaves) {
            String name = fields.get(0).getName();
            if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                return new Member(key, Kind.TYPENAME, null, null, null, null, null, null, type);
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            if (definition == null || !definition.getArguments().isEmpty()
                    || fields.stream().anyMatch(f -> !f.getArguments().isEmpty())) {
                return null;
            }
            LeafFields.Leaf leaf = leaves.get(name);
            if (leaf != null) {
                return new Member(key, Kind.LEAF, leaf, null, null, null, definition, null, type);
            }
            Shape shape = shape(definition.getType(), fields);
            if (shape == null) {
                return null;
            }
            DataFetcher<?> fetcher = registry.getDataFetcher(type, definition);
            MergedField merged = MergedField.newMergedField(fields).build();
            if (fetcher instanceof PlainFields.Accessor<?> || fetcher instanceof PlainFields.Converted<?>) {
                return new Member(key, Kind.READ, null, (LightDataFetcher<?>) fetcher, null, shape, definition, merged,
                        type);
            }
            if (fetcher instanceof SchemaTuning.BatchField batch) {
                return new Member(key, Kind.BATCH, null, null, batch.loader(), shape, definition, merged, type);
            }
            return null;
        }

        /**
         * Adds the fields of a selection set, by response key, through fragments on this very type; false for anything
         * a plan does not do (a directive, a fragment on another type).
         */
        private boolean collect(GraphQLObjectType type, SelectionSet selections, Map<String, List<Field>> byKey) {
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    if (!field.getDirectives().isEmpty()) {
                        return false;
                    }
                    byKey.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
                } else if (selection instanceof InlineFragment inline) {
                    if (!inline.getDirectives().isEmpty()
                            || inline.getTypeCondition() != null
                                    && !inline.getTypeCondition().getName().equals(type.getName())
                            || !collect(type, inline.getSelectionSet(), byKey)) {
                        return false;
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment == null || !spread.getDirectives().isEmpty() || !fragment.getDirectives().isEmpty()
                            || !fragment.getTypeCondition().getName().equals(type.getName())
                            || !collect(type, fragment.getSelectionSet(), byKey)) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            return true;
        }
    }

    /** One root field's value being completed by its plan. */
    private static final class Run {

        /** A batched field of an object of the answer, waiting for its level to be loaded. */
        private record Slot(Member member, Object source, Map<String, Object> into, ResultPath path) {
        }

        private final ExecutionContext context;
        private final DataFetcherExceptionHandler handler;
        private final CompletableFuture<Object> answer = new CompletableFuture<>();
        private List<Slot> pending = new ArrayList<>();

        Run(ExecutionContext context, DataFetcherExceptionHandler handler) {
            this.context = context;
            this.handler = handler;
        }

        CompletableFuture<Object> start(Shape shape, Object value, ResultPath path) {
            try {
                next(complete(shape, value, path));
            } catch (RuntimeException | Error e) {
                decline(e);
            }
            return answer;
        }

        private void decline(Throwable failure) {
            answer.completeExceptionally(
                    failure instanceof Declined ? failure : new Declined("the plan met " + failure, failure));
        }

        /** Loads the batched fields the last level left, once per loader, then completes what they answered. */
        private void next(Object result) {
            if (pending.isEmpty()) {
                answer.complete(result);
                return;
            }
            List<Slot> level = pending;
            pending = new ArrayList<>();
            Map<Member, Map<String, Object>> keyContexts = new IdentityHashMap<>();
            Map<String, DataLoader<Object, Object>> loaders = new LinkedHashMap<>();
            CompletableFuture<?>[] loaded = new CompletableFuture<?>[level.size()];
            for (int i = 0; i < loaded.length; i++) {
                Slot slot = level.get(i);
                DataLoader<Object, Object> loader = loaders.computeIfAbsent(slot.member().loader(),
                        name -> context.getDataLoaderRegistry().getDataLoader(name));
                if (loader == null) {
                    throw new Declined("no DataLoader " + slot.member().loader(), null);
                }
                loaded[i] = loader.load(slot.source(),
                        keyContexts.computeIfAbsent(slot.member(), m -> keyContext(slot)));
            }
            loaders.values().forEach(DataLoader::dispatch);
            CompletableFuture.allOf(loaded).whenComplete((done, ignored) -> {
                try {
                    for (int i = 0; i < loaded.length; i++) {
                        Slot slot = level.get(i);
                        Object value = loaded[i].isCompletedExceptionally() ? failed(slot, loaded[i])
                                : complete(slot.member().shape(), loaded[i].join(), slot.path());
                        slot.into().put(slot.member().key(), value);
                    }
                    next(result);
                } catch (Throwable e) {
                    // Whatever happens here, the answer completes: a continuation that threw would leave it waiting.
                    decline(e);
                }
            });
        }

        /**
         * A batched field whose load failed (a service down, too slow, refusing): null, with the error graphql-java
         * reports for it at this parent — from the same exception handler, with the field's path and location. A field
         * that may not be null declines: graphql-java nulls its parents then.
         */
        private Object failed(Slot slot, CompletableFuture<?> load) {
            if (slot.member().shape().nonNull()) {
                throw new Declined("a failed batch at non-null " + slot.path(), null);
            }
            Throwable failure;
            try {
                load.join();
                throw new Declined("a failed load that did not fail", null);
            } catch (CompletionException e) {
                failure = e.getCause() == null ? e : e.getCause();
            } catch (CancellationException e) {
                failure = e;
            }
            DataFetcherExceptionHandlerParameters parameters = DataFetcherExceptionHandlerParameters
                    .newExceptionParameters().dataFetchingEnvironment(environment(slot)).exception(failure).build();
            CompletableFuture<DataFetcherExceptionHandlerResult> handled = handler.handleException(parameters);
            if (!handled.isDone() || handled.isCompletedExceptionally()) {
                throw new Declined("the exception handler did not answer at once", failure);
            }
            context.addErrors(handled.join().getErrors());
            return null;
        }

        /**
         * What the field's batch loader reads as SmallRye's fetcher gives it: no arguments besides the parents, and the
         * environment of the field at its first parent, without a selection set (as {@link SchemaTuning#unselected}).
         */
        private Map<String, Object> keyContext(Slot slot) {
            return Map.of(BatchLoaderHelper.ARGUMENTS, List.of(), BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT,
                    environment(slot));
        }

        /** The environment of a batched field at one parent, as graphql-java would build it, without selection set. */
        private DataFetchingEnvironment environment(Slot slot) {
            Member member = slot.member();
            ExecutionStepInfo step = ExecutionStepInfo.newExecutionStepInfo().type(member.definition().getType())
                    .fieldDefinition(member.definition()).fieldContainer(member.parent()).field(member.field())
                    .path(slot.path()).build();
            DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context)
                    .source(slot.source()).fieldDefinition(member.definition()).mergedField(member.field())
                    .fieldType(member.definition().getType()).parentType(member.parent()).executionStepInfo(step)
                    .selectionSet(SchemaTuning.NO_SELECTION).build();
            return environment;
        }

        private Object complete(Shape shape, Object fetched, ResultPath path) {
            Object value = unbox(fetched);
            if (value == null) {
                if (shape.nonNull()) {
                    throw new Declined("null at non-null " + path, null);
                }
                return null;
            }
            if (!shape.list()) {
                return item(shape, value, path);
            }
            if (!(value instanceof Collection<?> items)) {
                throw new Declined("not a list at " + path, null);
            }
            List<Object> answers = new ArrayList<>(items.size());
            int index = 0;
            for (Object item : items) {
                Object unboxed = unbox(item);
                if (unboxed == null) {
                    if (shape.itemNonNull()) {
                        throw new Declined("null item at " + path, null);
                    }
                    answers.add(null);
                } else {
                    answers.add(item(shape, unboxed, path.segment(index)));
                }
                index++;
            }
            return answers;
        }

        private Object unbox(Object value) {
            if (value instanceof DataFetcherResult<?>) {
                throw new Declined("a fetcher result with errors or context", null);
            }
            return context.getValueUnboxer().unbox(value);
        }

        private Object item(Shape shape, Object value, ResultPath path) {
            if (shape.object() == null) {
                Object serialised = LeafFields.serialise(context, shape.leaf(), value);
                if (serialised == LeafFields.GRAPHQL_JAVA) {
                    throw new Declined("a value its type refuses at " + path, null);
                }
                return serialised;
            }
            return object(shape.object(), value, path);
        }

        private Map<String, Object> object(ObjectPlan plan, Object source, ResultPath path) {
            Member[] members = plan.members();
            Map<String, Object> answer = new LinkedHashMap<>(members.length * 4 / 3 + 1);
            for (Member member : members) {
                switch (member.kind()) {
                case TYPENAME -> answer.put(member.key(), plan.type().getName());
                case LEAF -> {
                    Object value = member.leaf().serialise(context, source);
                    if (value == LeafFields.GRAPHQL_JAVA) {
                        throw new Declined("a leaf graphql-java has to answer at " + path, null);
                    }
                    answer.put(member.key(), value);
                }
                case READ -> answer.put(member.key(),
                        complete(member.shape(), read(member, source), path.segment(member.key())));
                case BATCH -> {
                    answer.put(member.key(), null);
                    pending.add(new Slot(member, source, answer, path.segment(member.key())));
                }
                }
            }
            return answer;
        }

        private static Object read(Member member, Object source) {
            try {
                return member.accessor().get(member.definition(), source, null);
            } catch (Exception e) {
                throw new Declined("an accessor failed", e);
            }
        }
    }
}
