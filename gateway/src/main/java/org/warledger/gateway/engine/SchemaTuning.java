package org.warledger.gateway.engine;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.SelectedField;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * Corrections to the schema SmallRye GraphQL builds, made just before it is built, and to how queries on it are
 * executed (SmallRye's {@link EventingService} SPI, switched on by {@code warledger.graphql.schema-tuning}):
 * <ul>
 * <li>A batch field ({@code @Source List<…>}, such as {@code Event.casualtyClaims}) is fetched per parent by handing
 * the parent to the field's DataLoader. SmallRye's fetcher first refreshed its request context for every parent — path,
 * arguments and the whole selected sub-tree rendered as JSON, twice — although the batch loader refreshes it once per
 * batch anyway; for 20 events with claims and pledges that was a tenth of the gateway's CPU. Here the parent goes
 * straight to the DataLoader, with the same batch context SmallRye's loader reads.</li>
 * <li>SmallRye's fetchers of query and mutation fields, and its batch loaders, get the field's environment without its
 * selection set ({@link #unselected}), which they only render into a context nobody here reads.</li>
 * <li>A batch field with arguments (such as {@code Article.candidates(status, kind)}) has one DataLoader per request,
 * whose batch SmallRye calls with the arguments of its first parent only: aliases of the field with other arguments on
 * the same level ({@code proposed: candidates(status: PROPOSED) all: candidates}) would get the first alias's answer.
 * Here each set of argument values gets a DataLoader of its own, a copy of SmallRye's for the request, so that a level
 * makes one call per set of arguments used on it.</li>
 * <li>Quarkus's default field visibility is the word {@code default}, which SmallRye 2.17 takes for a pattern of fields
 * to hide, so that every field look-up ran a regular expression. That value gets graphql-java's default visibility;
 * {@code no-introspection} and real patterns are left as configured.</li>
 * <li>Queries run with {@link LeafFields}, graphql-java's strategy with the plain scalar and enum fields answered in
 * one step, and SmallRye's exception handler as before. Mutations keep graphql-java's serial strategy.</li>
 * </ul>
 * Reading the code registry takes one extra build of the schema at start-up (milliseconds for this schema).
 */
public class SchemaTuning implements EventingService {

    static final String CONFIG_KEY = "warledger.graphql.schema-tuning";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.queryExecutionStrategy(new LeafFields(new ExceptionHandler()));
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLSchema tuned = builder.codeRegistry(registry.transform(changes -> {
            if (registry.getFieldVisibility() instanceof BlockedFields
                    && "default".equals(Config.get().getFieldVisibility())) {
                changes.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                        if (fetcher instanceof BatchDataFetcher<?>) {
                            String loader = object.getName() + "_" + field.getName();
                            changes.dataFetcher(coordinates, field.getArguments().isEmpty()
                                    ? new BatchField(loader, fetcher) : new BatchFieldWithArguments(loader, fetcher));
                        } else if (fetcher instanceof AbstractDataFetcher<?, ?>) {
                            changes.dataFetcher(coordinates, new Unselected(fetcher));
                        }
                    }
                }
            }
        })).build();
        return GraphQLSchema.newSchema(SchemaTransformer.transformSchema(tuned, FINITE_FLOATS));
    }

    /** The {@code Float} scalar refusing values that are not finite ({@link FiniteFloats}). */
    private static final GraphQLTypeVisitorStub FINITE_FLOATS = new GraphQLTypeVisitorStub() {
        @Override
        public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                TraverserContext<GraphQLSchemaElement> context) {
            if (!scalar.getName().equals("Float") || scalar.getCoercing() instanceof FiniteFloats) {
                return TraversalControl.CONTINUE;
            }
            return changeNode(context, scalar.transform(b -> b.coercing(new FiniteFloats(scalar.getCoercing()))));
        }
    };

    /**
     * Hands the parent to the batch field's DataLoader ({@code <type>_<field>}, SmallRye's naming); a field whose
     * loader is not found keeps SmallRye's fetcher.
     */
    record BatchField(String loader, DataFetcher<?> smallrye) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            DataLoader<Object, Object> dataLoader = environment.getDataLoader(loader);
            if (dataLoader == null) {
                return smallrye.get(environment);
            }
            return dataLoader.load(environment.getSource(), Map.of(BatchLoaderHelper.ARGUMENTS, List.of(),
                    BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, unselected(environment).build()));
        }
    }

    /**
     * Hands the parent to the DataLoader of the field's argument values ({@code <type>_<field>@<arguments>}), created
     * for the request as a copy of SmallRye's loader ({@code <type>_<field>}); SmallRye's fetcher then converts the
     * arguments and loads the parent through it. A field whose loader is not found keeps SmallRye's fetcher as it is.
     */
    record BatchFieldWithArguments(String loader, DataFetcher<?> smallrye) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            DataLoaderRegistry registry = environment.getDataLoaderRegistry();
            DataLoader<Object, Object> shared = registry == null ? null : registry.getDataLoader(loader);
            if (shared == null) {
                return smallrye.get(environment);
            }
            DataLoader<Object, Object> own = registry.computeIfAbsent(loader + "@" + environment.getArguments(),
                    name -> shared.transform(copy -> copy.name(name)));
            DataLoaderRegistry view = DataLoaderRegistry.newRegistry().register(loader, own).build();
            return smallrye.get(unselected(environment).dataLoaderRegistry(view).build());
        }
    }

    /** A query or mutation field: SmallRye's fetcher, given the field's environment without its selection set. */
    record Unselected(DataFetcher<?> smallrye) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return smallrye.get(unselected(environment).build());
        }
    }

    /**
     * A field's environment as SmallRye's fetchers get it here: all of it but the selection set, which is
     * {@link #NO_SELECTION}. SmallRye renders the selection set into its request context as JSON, twice, each time a
     * query field or a batch of a cross-service field is resolved — after graphql-java has built the normalised form of
     * the whole operation for it: a tenth of the gateway's CPU per composed query, for a context nobody reads. The
     * resolvers read what a query selects from its document ({@code SelectedFields}), once per document; the
     * architecture test keeps anything in the gateway from reading the selection set or SmallRye's selected fields.
     */
    static DataFetchingEnvironmentImpl.Builder unselected(DataFetchingEnvironment environment) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment).selectionSet(NO_SELECTION);
    }

    /** A selection set of no fields. */
    static final DataFetchingFieldSelectionSet NO_SELECTION = new DataFetchingFieldSelectionSet() {

        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
