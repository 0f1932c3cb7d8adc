package org.warledger.gateway.resolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.warledger.gateway.client.Wire;

/**
 * The properties the services need to send for a request's records: their {@code fields=} sparse fieldset. The
 * request's document is read once (then kept for as long as the document is: SmallRye keeps parsed documents), and each
 * record type gets every property any of its fields selects, anywhere in the document — so aliases, fragments and the
 * same type at two depths all get what they show. A field of another service adds what the gateway needs to reach it
 * ({@code Event.casualtyClaims} the event's id, {@code CasualtyClaim.event} the claim's {@code eventId}). A selected
 * field that is not a property of the service's record, or a request whose document cannot be read here, asks for whole
 * records ({@code null}), as before.
 */
@ApplicationScoped
class SelectedFields {

    /** The records the services send, by the GraphQL type that shows them. */
    private static final Map<String, Set<String>> PROPERTIES = Map.of("Event", properties(Wire.Event.class),
            "CasualtyClaim", properties(Wire.CasualtyClaim.class), "AidPledge", properties(Wire.AidPledge.class),
            "Claimant", properties(Wire.Claimant.class));
    /** Fields resolved by another service: the property of the record they start from. */
    private static final Map<String, String> REACH = Map.of("Event.casualtyClaims", "id", "Event.aidPledges", "id",
            "CasualtyClaim.event", "eventId", "AidPledge.event", "eventId");
    /** A type some selected field of which is no property: its records are asked for whole. */
    private static final String WHOLE = "";

    private final Instance<Context> context;
    /** The joined fields with what resolvers need besides them; few, as documents select few sets of fields. */
    private static final Cache<Needed, String> WITH_NEEDED = Caffeine.newBuilder().maximumSize(1_000).build();

    private final Map<Document, Map<String, String>> plans = Collections.synchronizedMap(new WeakHashMap<>());

    SelectedFields(Instance<Context> context) {
        this.context = context;
    }

    /** The {@code fields=} of the records of this GraphQL type for the request being resolved; null for whole ones. */
    String of(String type, String... needed) {
        DataFetchingEnvironment environment = Resolving.environment(context);
        if (environment == null || environment.getDocument() == null) {
            return null;
        }
        GraphQLSchema schema = environment.getGraphQLSchema();
        // A type the document does not select (a connection asked for its cursors only) needs its ids alone.
        String fields = plans.computeIfAbsent(environment.getDocument(), document -> plan(document, schema))
                .getOrDefault(type, "id");
        if (fields.equals(WHOLE)) {
            return null;
        }
        if (needed.length == 0) {
            return fields;
        }
        return WITH_NEEDED.get(new Needed(fields, List.of(needed)), Needed::join);
    }

    /** A type's fields with the properties a resolver needs besides them, such as the key it groups by. */
    private record Needed(String fields, List<String> needed) {

        String join() {
            Set<String> all = new TreeSet<>(Arrays.asList(fields.split(",")));
            all.addAll(needed);
            return String.join(",", all);
        }
    }

    /** For each record type the document selects: its properties to ask for, joined, or {@link #WHOLE}. */
    static Map<String, String> plan(Document document, GraphQLSchema schema) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        Map<String, Set<String>> selected = new HashMap<>();
        Set<String> whole = new HashSet<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            default -> null;
            };
            if (root instanceof GraphQLFieldsContainer container) {
                walk(operation.getSelectionSet(), container, schema, fragments, selected, whole, new HashSet<>());
            }
        }
        Map<String, String> plan = new HashMap<>();
        selected.forEach((type, fields) -> plan.put(type, whole.contains(type) ? WHOLE : String.join(",", fields)));
        return plan;
    }

    private static void walk(SelectionSet selections, GraphQLFieldsContainer type, GraphQLSchema schema,
            Map<String, FragmentDefinition> fragments, Map<String, Set<String>> selected, Set<String> whole,
            Set<String> spread) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().startsWith("__")) {
                    continue;
                }
                GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue;
                }
                note(type.getName(), field.getName(), selected, whole);
                if (GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLFieldsContainer child) {
                    walk(field.getSelectionSet(), child, schema, fragments, selected, whole, spread);
                }
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), container(schema, inline.getTypeCondition(), type), schema, fragments,
                        selected, whole, spread);
            } else if (selection instanceof FragmentSpread spreadOf) {
                FragmentDefinition fragment = fragments.get(spreadOf.getName());
                if (fragment != null && spread.add(spreadOf.getName() + "@" + type.getName())) {
                    walk(fragment.getSelectionSet(), container(schema, fragment.getTypeCondition(), type), schema,
                            fragments, selected, whole, spread);
                }
            }
        }
    }

    private static GraphQLFieldsContainer container(GraphQLSchema schema, graphql.language.TypeName condition,
            GraphQLFieldsContainer parent) {
        if (condition == null) {
            return parent;
        }
        return schema.getType(condition.getName()) instanceof GraphQLFieldsContainer container ? container : parent;
    }

    private static void note(String type, String field, Map<String, Set<String>> selected, Set<String> whole) {
        Set<String> properties = PROPERTIES.get(type);
        if (properties == null) {
            return;
        }
        Set<String> fields = selected.computeIfAbsent(type, t -> new TreeSet<>(Set.of("id")));
        String reach = REACH.get(type + "." + field);
        if (reach != null) {
            fields.add(reach);
        } else if (properties.contains(field)) {
            fields.add(field);
        } else {
            whole.add(type);
        }
    }

    private static Set<String> properties(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
