package org.warledger.gateway.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one operation costs, computed from its document with the variables applied ({@code @skip} and {@code @include}
 * included), before it runs: backend calls, fields, depth, aliases, root fields, mutations, and the longest string and
 * list among its arguments and variables.
 * <p>
 * Backend calls: a root field makes the calls of its resolver — one, or three for {@code timeline}, which asks every
 * service; introspection makes none. A cross-service (batch) field makes one call per level of the result at which it
 * is selected, however many parents that level has, since its DataLoader gathers the whole level (the client splits a
 * level of more than 500 keys into several calls, which this count does not foresee). Two batch fields on the same
 * level are two calls, even when they reach the same service, and so is one batch field selected there with two sets of
 * arguments (aliases), since each set has a DataLoader of its own.
 */
final class RequestBudget {

    /** Root fields whose resolver calls more than one service. */
    static final Map<String, Integer> ROOT_FIELD_CALLS = Map.of("timeline", 3);
    /**
     * Input fields that take a whole article (its text or HTML page): their strings are held to
     * {@code max-article-length} instead of {@code max-string-length}, whether written in the document or sent in a
     * variable (of their input type, or of the field itself).
     */
    static final Set<String> ARTICLE_FIELDS = Set.of("ArticleInput.text", "ArticleInput.html");

    /** The values of a request's cost, reported in the response's extensions. */
    record Cost(int backendCalls, int fields, int depth, int aliases, int rootFields, int mutations, int tokens) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("backendCalls", backendCalls);
            map.put("fields", fields);
            map.put("depth", depth);
            map.put("aliases", aliases);
            map.put("rootFields", rootFields);
            map.put("mutations", mutations);
            map.put("tokens", tokens);
            return map;
        }
    }

    /**
     * A limit the request goes beyond: its name, the value computed ({@code value} is the count reached when the walk
     * stopped, for fields), the maximum, and where, for a string or list.
     */
    record Exceeded(String limit, int value, int max, String where) {
    }

    /** The cost and the limits exceeded (none when the request may run). */
    record Verdict(Cost cost, List<Exceeded> exceeded) {
    }

    private final BudgetConfig limits;
    private final Set<String> batchFields;

    /**
     * @param batchFields
     *            coordinates ({@code Type.field}) of the fields resolved in batches by another service
     */
    RequestBudget(BudgetConfig limits, Set<String> batchFields) {
        this.limits = limits;
        this.batchFields = Set.copyOf(batchFields);
    }

    Verdict assess(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            ObjectNode variables, int tokens) {
        Walk walk = new Walk(schema, fragments, operation.getVariableDefinitions(), variables);
        boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
        case MUTATION -> schema.getMutationType();
        case SUBSCRIPTION -> schema.getSubscriptionType();
        default -> schema.getQueryType();
        };
        walk.selections(operation.getSelectionSet(), root, 0, false);
        Map<String, GraphQLType> declared = new LinkedHashMap<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            declared.put(definition.getName(), walk.type(definition.getType()));
            walk.literal(definition.getDefaultValue(), "default of $" + definition.getName(),
                    declared.get(definition.getName()), walk.articleVariables.contains(definition.getName()));
        }
        if (variables != null) {
            variables.properties().forEach(entry -> walk.json(entry.getValue(), "$" + entry.getKey(),
                    declared.get(entry.getKey()), walk.articleVariables.contains(entry.getKey())));
        }

        int rootCalls = walk.rootCalls.values().stream().mapToInt(Integer::intValue).sum();
        Cost cost = new Cost(rootCalls + walk.batchLevels.size(), walk.fields, walk.depth, walk.aliases,
                walk.rootCalls.size(), mutation ? walk.rootCalls.size() : 0, tokens);
        List<Exceeded> exceeded = new ArrayList<>();
        check(exceeded, "backendCalls", cost.backendCalls(), limits.maxBackendCalls(), null);
        check(exceeded, "rootFields", cost.rootFields(), limits.maxRootFields(), null);
        check(exceeded, "mutations", cost.mutations(), limits.maxMutations(), null);
        check(exceeded, "aliases", cost.aliases(), limits.maxAliases(), null);
        check(exceeded, "depth", cost.depth(), limits.maxDepth(), null);
        check(exceeded, "fields", cost.fields(), limits.maxFields(), null);
        check(exceeded, "selections", walk.visited, limits.maxSelections(), null);
        check(exceeded, "stringLength", walk.longestString, limits.maxStringLength(), walk.longestStringAt);
        check(exceeded, "articleLength", walk.longestArticle, limits.maxArticleLength(), walk.longestArticleAt);
        check(exceeded, "listLength", walk.longestList, limits.maxListLength(), walk.longestListAt);
        return new Verdict(cost, exceeded);
    }

    private static void check(List<Exceeded> exceeded, String limit, int value, int max, String where) {
        if (value > max) {
            exceeded.add(new Exceeded(limit, value, max, where));
        }
    }

    /** One pass over the operation, fragments expanded; it stops once the field or the selection limit is passed. */
    private final class Walk {
        final GraphQLSchema schema;
        final Map<String, FragmentDefinition> fragments;
        final List<VariableDefinition> definitions;
        final ObjectNode variables;
        final Map<String, Integer> rootCalls = new LinkedHashMap<>();
        final Set<String> batchLevels = new HashSet<>();
        final Set<String> spreading = new HashSet<>();
        /** Variables the document passes as an article's text or HTML page. */
        final Set<String> articleVariables = new HashSet<>();
        int fields;
        /** Every selection visited, fields, fragment spreads and inline fragments alike, skipped or not. */
        int visited;
        int depth;
        int aliases;
        int longestString;
        String longestStringAt;
        int longestArticle;
        String longestArticleAt;
        int longestList;
        String longestListAt;

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, List<VariableDefinition> definitions,
                ObjectNode variables) {
            this.schema = schema;
            this.fragments = fragments;
            this.definitions = definitions;
            this.variables = variables;
        }

        void selections(SelectionSet set, GraphQLType parent, int level, boolean introspection) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                // Spreads of fragments that select nothing countable still cost a visit: a fragment bomb of skipped
                // or unknown leaves is stopped here, not expanded 2^n times.
                if (fields > limits.maxFields() || visited > limits.maxSelections()) {
                    return;
                }
                visited++;
                if (selection instanceof Field field) {
                    if (!skipped(field.getDirectives())) {
                        field(field, parent, level, introspection);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    if (!skipped(inline.getDirectives())) {
                        arguments(inline.getDirectives());
                        GraphQLType type = inline.getTypeCondition() == null ? parent
                                : schema.getType(inline.getTypeCondition().getName());
                        selections(inline.getSelectionSet(), type, level, introspection);
                    }
                } else if (selection instanceof FragmentSpread spread && !skipped(spread.getDirectives())) {
                    arguments(spread.getDirectives());
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    // A fragment that spreads itself is left to validation, which refuses it.
                    if (fragment != null && spreading.add(spread.getName())) {
                        selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()),
                                level, introspection);
                        spreading.remove(spread.getName());
                    }
                }
            }
        }

        private void field(Field field, GraphQLType parent, int level, boolean introspection) {
            fields++;
            if (field.getAlias() != null) {
                aliases++;
            }
            String name = field.getName();
            boolean meta = introspection || name.equals(Introspection.SchemaMetaFieldDef.getName())
                    || name.equals(Introspection.TypeMetaFieldDef.getName());
            if (!meta) {
                depth = Math.max(depth, level + 1);
            }
            GraphQLFieldDefinition definition = definition(parent, name);
            for (Argument argument : field.getArguments()) {
                GraphQLArgument declared = definition == null ? null : definition.getArgument(argument.getName());
                literal(argument.getValue(), "argument " + argument.getName() + " of " + name,
                        declared == null ? null : declared.getType(), false);
            }
            arguments(field.getDirectives());
            String typeName = parent == null ? null : GraphQLTypeUtil.unwrapAll(parent).getName();
            if (level == 0) {
                rootCalls.putIfAbsent(field.getResultKey(),
                        name.startsWith("__") ? 0 : ROOT_FIELD_CALLS.getOrDefault(name, 1));
            } else if (batchFields.contains(typeName + "." + name)) {
                batchLevels.add(typeName + "." + name + "@" + level + arguments(field));
            }
            if (definition != null) {
                selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), level + 1, meta);
            }
        }

        private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
            if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                return Introspection.SchemaMetaFieldDef;
            }
            if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
                return Introspection.TypeMetaFieldDef;
            }
            return parent != null && GraphQLTypeUtil.unwrapAll(parent) instanceof GraphQLFieldsContainer container
                    ? container.getFieldDefinition(name) : null;
        }

        /** A batch field's arguments as written, the same text for the same arguments. */
        private static String arguments(Field field) {
            StringBuilder text = new StringBuilder();
            field.getArguments().stream().sorted(Comparator.comparing(Argument::getName))
                    .forEach(argument -> text.append(' ').append(AstPrinter.printAstCompact(argument)));
            return text.toString();
        }

        /** Whether {@code @skip(if: true)} or {@code @include(if: false)} leaves the selection out. */
        private boolean skipped(List<Directive> directives) {
            for (Directive directive : directives) {
                Boolean condition = condition(directive.getArgument("if"));
                if (condition != null && (directive.getName().equals("skip") ? condition
                        : directive.getName().equals("include") && !condition)) {
                    return true;
                }
            }
            return false;
        }

        private Boolean condition(Argument argument) {
            if (argument == null) {
                return null;
            }
            Value<?> value = argument.getValue();
            if (value instanceof VariableReference reference) {
                JsonNode given = variables == null ? null : variables.get(reference.getName());
                if (given != null && given.isBoolean()) {
                    return given.booleanValue();
                }
                value = definitions.stream().filter(d -> d.getName().equals(reference.getName())).findFirst()
                        .map(VariableDefinition::getDefaultValue).orElse(null);
            }
            return value instanceof BooleanValue literal ? literal.isValue() : null;
        }

        private void arguments(List<Directive> directives) {
            for (Directive directive : directives) {
                for (Argument argument : directive.getArguments()) {
                    literal(argument.getValue(), "argument " + argument.getName() + " of @" + directive.getName(), null,
                            false);
                }
            }
        }

        /** The schema's type of a variable's declared type, lists and non-nulls taken off; null when unknown. */
        GraphQLType type(Type<?> declared) {
            Type<?> type = declared;
            while (!(type instanceof TypeName)) {
                if (type instanceof NonNullType nonNull) {
                    type = nonNull.getType();
                } else if (type instanceof ListType list) {
                    type = list.getType();
                } else {
                    return null;
                }
            }
            return schema.getType(((TypeName) type).getName());
        }

        /**
         * Strings and lists written into the document; {@code type} is the input type expected there (null when not
         * known), {@code article} whether it is one of the {@link #ARTICLE_FIELDS}.
         */
        void literal(Value<?> value, String where, GraphQLType type, boolean article) {
            if (value instanceof StringValue text) {
                string(text.getValue().length(), where, article);
            } else if (value instanceof VariableReference variable && article) {
                articleVariables.add(variable.getName());
            } else if (value instanceof ArrayValue array) {
                list(array.getValues().size(), where);
                for (Value<?> element : array.getValues()) {
                    literal(element, where, type, article);
                }
            } else if (value instanceof ObjectValue object) {
                list(object.getObjectFields().size(), where);
                GraphQLInputObjectType input = input(type);
                for (ObjectField member : object.getObjectFields()) {
                    literal(member.getValue(), where + "." + member.getName(), memberType(input, member.getName()),
                            isArticle(input, member.getName()));
                }
            }
        }

        /**
         * Strings and lists of the variables, typed as {@link #literal}; their nesting is bounded by the JSON reader.
         */
        void json(JsonNode node, String where, GraphQLType type, boolean article) {
            if (node.isTextual()) {
                string(node.textValue().length(), where, article);
            } else if (node.isArray()) {
                list(node.size(), where);
                for (JsonNode element : node) {
                    json(element, where, type, article);
                }
            } else if (node.isObject()) {
                list(node.size(), where);
                GraphQLInputObjectType input = input(type);
                node.properties().forEach(member -> json(member.getValue(), where + "." + member.getKey(),
                        memberType(input, member.getKey()), isArticle(input, member.getKey())));
            }
        }

        private static GraphQLInputObjectType input(GraphQLType type) {
            return type != null && GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLInputObjectType input ? input
                    : null;
        }

        private static GraphQLType memberType(GraphQLInputObjectType input, String name) {
            GraphQLInputObjectField field = input == null ? null : input.getField(name);
            return field == null ? null : field.getType();
        }

        private static boolean isArticle(GraphQLInputObjectType input, String name) {
            return input != null && ARTICLE_FIELDS.contains(input.getName() + "." + name);
        }

        private void string(int length, String where, boolean article) {
            if (article) {
                if (length > longestArticle) {
                    longestArticle = length;
                    longestArticleAt = where;
                }
            } else if (length > longestString) {
                longestString = length;
                longestStringAt = where;
            }
        }

        private void list(int size, String where) {
            if (size > longestList) {
                longestList = size;
                longestListAt = where;
            }
        }
    }
}
