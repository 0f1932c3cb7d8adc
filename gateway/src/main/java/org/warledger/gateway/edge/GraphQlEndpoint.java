package org.warledger.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.graphql.schema.model.Schema;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warledger.gateway.edge.Documents.Invalid;
import org.warledger.gateway.edge.Documents.Parsed;
import org.warledger.gateway.edge.Documents.TooManyTokens;
import org.warledger.gateway.edge.GraphQlExecution.Admitted;
import org.warledger.gateway.edge.GraphQlRequest.Malformed;
import org.warledger.gateway.edge.RequestBudget.Exceeded;
import org.warledger.gateway.edge.RequestBudget.Verdict;
import org.warledger.gateway.telemetry.TraceIds;

/**
 * The GraphQL endpoint as GraphQL over HTTP specifies it (https://graphql.github.io/graphql-over-http/draft/), with a
 * budget per request. Two Vert.x routes on the endpoint's path, ahead of SmallRye's own:
 * <ol>
 * <li>Before authentication, the edge: GET and POST only (405 with {@code Allow}; a mutation over GET is 405 and never
 * runs), POST bodies of {@code application/json} or {@code application/graphql} only (415), a body limit (413), content
 * negotiation of {@code Accept} (406 when neither GraphQL response type is acceptable), the request parameters read
 * strictly (400), the document found ({@link TrustedDocuments}: by its text, a trusted document's id or an automatic
 * persisted query's hash), parsed with a token limit and validated, and the budget of {@link RequestBudget} checked.
 * Nothing that fails here reaches a resolver, so it costs no backend call. WebSocket upgrades are refused: the schema
 * has no subscriptions, and SmallRye's WebSocket transport would run queries past this budget.</li>
 * <li>After authorization, {@link GraphQlExecution} runs what the edge admitted.</li>
 * </ol>
 * Errors of the GraphQL request (syntax, validation, budget) are GraphQL responses: HTTP 200 for
 * {@code application/json}, 400 for {@code application/graphql-response+json}, as the spec asks. A request that is not
 * a well-formed GraphQL-over-HTTP request (bad JSON, a {@code variables} that is not an object) is 400 either way.
 * Refusals at the HTTP level (405, 406, 413, 415, and 400 for an {@code Idempotency-Key} header the services would
 * refuse) are {@code application/problem+json}.
 */
@ApplicationScoped
public class GraphQlEndpoint {

    /** Just before authentication: bad requests cost neither token verification nor anything else. */
    static final int EDGE_ORDER = -SecurityHandlerPriorities.AUTHENTICATION - 1;
    /** After authorization (−100) and SmallRye's WebSocket route (−99), before SmallRye's own route. */
    static final int EXECUTION_ORDER = -10;

    /** A client's key for the creates of its request, passed on to the services (see the resolvers). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_IDEMPOTENCY_KEY = 200;

    private static final String MEDIA_TYPE = GraphQlEndpoint.class.getName() + ".mediaType";
    private static final String BODY = GraphQlEndpoint.class.getName() + ".body";
    private static final JsonProvider JSONP = JsonProvider.provider();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BudgetConfig limits;
    private final Instance<GraphQLSchema> schemas;
    private final Instance<Schema> models;
    private final String path;
    private final boolean getEnabled;
    private final boolean runBlocking;
    private final GraphQlRequest.Reader reader;
    private final Documents documents;
    private final TrustedDocuments trusted;
    private final long getMaxAge;
    private volatile GraphQLSchema schema;
    private volatile RequestBudget budget;

    public GraphQlEndpoint(BudgetConfig limits, TrustedDocumentsConfig trustedDocuments,
            Instance<GraphQLSchema> schemas, Instance<Schema> models,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled",
                    defaultValue = "false") boolean getEnabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled") Optional<Boolean> nonBlocking,
            @ConfigProperty(name = "warledger.graphql.get.max-age", defaultValue = "30S") Duration getMaxAge) {
        this.limits = limits;
        this.schemas = schemas;
        this.models = models;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.getEnabled = getEnabled;
        this.runBlocking = nonBlocking.map(enabled -> !enabled).orElse(false);
        this.reader = new GraphQlRequest.Reader(limits.maxJsonDepth());
        this.documents = new Documents(limits.maxTokens());
        this.trusted = TrustedDocuments.from(trustedDocuments);
        this.getMaxAge = getMaxAge.toSeconds();
    }

    void routes(@Observes Router router) {
        // SmallRye parses again what the edge admitted, with graphql-java's default options for operations; give them
        // the same token limit so that no path runs a longer document.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(o -> o.maxTokens(limits.maxTokens()).maxWhitespaceTokens(Integer.MAX_VALUE)));
        router.route(path).order(EDGE_ORDER - 1).handler(this::checkHttp);
        router.route(path).order(EDGE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodySize().asLongValue()))
                .handler(this::admit).failureHandler(this::bodyTooLarge);
        GraphQlExecution execution = new GraphQlExecution(identity(),
                Arc.container().instance(CurrentVertxRequest.class).get(), runBlocking);
        if (runBlocking) {
            router.route(path).order(EXECUTION_ORDER).blockingHandler(execution);
        } else {
            router.route(path).order(EXECUTION_ORDER).handler(execution);
        }
    }

    /** Method, media types and declared length: all known before the body is read. */
    private void checkHttp(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        if (upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket")) {
            problem(ctx, 400, "Bad Request",
                    "GraphQL over WebSocket is not served: this schema has no subscriptions; send queries and "
                            + "mutations with POST");
            return;
        }
        if (method == HttpMethod.OPTIONS) {
            ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, allowed() + ", OPTIONS").end();
            return;
        }
        if (method != HttpMethod.POST && (method != HttpMethod.GET || !getEnabled)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, allowed());
            problem(ctx, 405, "Method Not Allowed", "the GraphQL endpoint takes " + allowed());
            return;
        }
        String keyRefused = idempotencyKeyRefusal(request.headers().getAll(IDEMPOTENCY_KEY));
        if (keyRefused != null) {
            problem(ctx, 400, "Bad Request", keyRefused);
            return;
        }
        String mediaType = MediaTypes.response(request.getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            problem(ctx, 406, "Not Acceptable", "the GraphQL endpoint answers " + MediaTypes.GRAPHQL_RESPONSE_JSON
                    + " or " + MediaTypes.JSON + "; the Accept header allows neither");
            return;
        }
        ctx.put(MEDIA_TYPE, mediaType);
        if (method == HttpMethod.POST) {
            String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
            MediaTypes.Body body = MediaTypes.body(contentType);
            if (body == null) {
                problem(ctx, 415, "Unsupported Media Type",
                        (contentType == null ? "the request has no Content-Type"
                                : "the Content-Type " + contentType + " is not served") + ": send " + MediaTypes.JSON
                                + " (or " + MediaTypes.GRAPHQL + "), in UTF-8");
                return;
            }
            ctx.put(BODY, body);
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isLonger(length, limits.maxBodySize().asLongValue())) {
                bodyTooLarge(ctx, 413);
                return;
            }
        }
        ctx.next();
    }

    /** Reads the request, parses and validates the document and checks its budget; admits it or answers. */
    private void admit(RoutingContext ctx) {
        String mediaType = ctx.get(MEDIA_TYPE);
        boolean get = ctx.request().method() == HttpMethod.GET;
        GraphQlRequest request;
        try {
            if (get) {
                Map<String, List<String>> parameters = new HashMap<>();
                ctx.queryParams().forEach(entry -> parameters.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(entry.getValue()));
                request = reader.fromParameters(parameters);
            } else {
                byte[] body = ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes();
                if (body != null && body.length > limits.maxBodySize().asLongValue()) {
                    bodyTooLarge(ctx, 413);
                    return;
                }
                request = ctx.get(BODY) == MediaTypes.Body.DOCUMENT ? reader.fromDocument(body) : reader.fromJson(body);
            }
        } catch (Malformed e) {
            errors(ctx, 400, mediaType, List.of(error(e.getMessage(), "BAD_REQUEST", Map.of())));
            return;
        }
        TrustedDocuments.Resolution resolution;
        try {
            resolution = trusted.resolve(request);
        } catch (Malformed e) {
            errors(ctx, 400, mediaType, List.of(error(e.getMessage(), "BAD_REQUEST", Map.of())));
            return;
        }
        if (resolution instanceof TrustedDocuments.Refused refused) {
            errors(ctx, requestErrorStatus(mediaType), mediaType,
                    List.of(error(refused.message(), refused.code(), Map.of())));
            return;
        }
        TrustedDocuments.Found found = (TrustedDocuments.Found) resolution;
        String query = found.query();
        Documents.Outcome outcome = documents.parse(query);
        if (outcome instanceof TooManyTokens) {
            refuse(ctx, mediaType, List.of(new Exceeded("tokens", limits.maxTokens() + 1, limits.maxTokens(), null)));
            return;
        }
        if (outcome instanceof Invalid invalid) {
            errors(ctx, requestErrorStatus(mediaType), mediaType, specification(invalid.errors()));
            return;
        }
        Parsed parsed = (Parsed) outcome;
        Document document = parsed.document();
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = operation(operations, request.operationName());
        if (operation == null) {
            String message = request.operationName() == null
                    ? "the document has " + operations.size() + " operations: name one with operationName"
                    : "the document has no operation named " + request.operationName();
            errors(ctx, requestErrorStatus(mediaType), mediaType,
                    List.of(error(message, "UNKNOWN_OPERATION", Map.of())));
            return;
        }
        if (get && operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            problem(ctx, 405, "Method Not Allowed", "a mutation must be sent with POST; GET only reads");
            return;
        }
        // The budget comes before validation: it is linear in the document (it stops once the field limit is passed),
        // while some validation rules grow faster on documents built to be expensive.
        GraphQLSchema schema = schema();
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        Verdict verdict = budget().assess(schema, operation, fragments, request.variables(), parsed.tokens());
        if (!verdict.exceeded().isEmpty()) {
            refuse(ctx, mediaType, verdict.exceeded());
            return;
        }
        List<? extends GraphQLError> invalid = documents.validate(query, parsed, schema);
        if (!invalid.isEmpty()) {
            errors(ctx, requestErrorStatus(mediaType), mediaType, specification(invalid));
            return;
        }
        if (found.register() != null) {
            trusted.register(found.register(), query);
        }
        GraphQlExecution.Caching caching = get
                ? new GraphQlExecution.Caching(getMaxAge, ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null,
                        ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))
                : null;
        ctx.put(Admitted.KEY, new Admitted(input(query, request), mediaType, verdict.cost(), caching));
        ctx.next();
    }

    private static List<Map<String, Object>> specification(List<? extends GraphQLError> errors) {
        return errors.stream().map(GraphQLError::toSpecification).toList();
    }

    private static OperationDefinition operation(List<OperationDefinition> operations, String name) {
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> name.equals(o.getName())).findFirst().orElse(null);
    }

    /** A budget refusal: one error per limit exceeded, each naming the limit, the value computed and the maximum. */
    private void refuse(RoutingContext ctx, String mediaType, List<Exceeded> exceeded) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Exceeded e : exceeded) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("classification", "ExecutionAborted");
            extensions.put("limit", e.limit());
            extensions.put("value", e.value());
            extensions.put("max", e.max());
            if (e.where() != null) {
                extensions.put("at", e.where());
            }
            errors.add(error(message(e), "BUDGET_EXCEEDED", extensions));
        }
        errors(ctx, requestErrorStatus(mediaType), mediaType, errors);
    }

    private static String message(Exceeded e) {
        String allowed = "; at most " + e.max() + " allowed";
        return "request budget exceeded: " + switch (e.limit()) {
        case "backendCalls" -> "the request can make " + e.value() + " backend calls" + allowed;
        case "rootFields" -> "the request has " + e.value() + " root fields" + allowed;
        case "mutations" -> "the request has " + e.value() + " mutations" + allowed;
        case "aliases" -> "the request has " + e.value() + " aliased fields" + allowed;
        case "depth" -> "maximum query depth exceeded: fields nest " + e.value() + " deep" + allowed;
        case "fields" -> "the request selects at least " + e.value() + " fields" + allowed;
        case "tokens" -> "the document has more than " + e.max() + " tokens" + allowed;
        case "stringLength" -> "a string of " + e.value() + " characters in " + e.where() + allowed;
        case "articleLength" -> "an article of " + e.value() + " characters in " + e.where() + allowed;
        case "listLength" -> "a list or object of " + e.value() + " entries in " + e.where() + allowed;
        default -> e.limit() + " is " + e.value() + allowed;
        };
    }

    private static Map<String, Object> error(String message, String code, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(more);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return error;
    }

    /** A GraphQL request error is 200 with application/json, 400 with application/graphql-response+json. */
    private static int requestErrorStatus(String mediaType) {
        return MediaTypes.GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 400 : 200;
    }

    @SuppressWarnings("unchecked")
    private static void errors(RoutingContext ctx, int status, String mediaType, List<Map<String, Object>> errors) {
        String traceId = TraceIds.of(ctx.request());
        if (traceId != null) {
            errors = errors.stream().map(error -> {
                Map<String, Object> traced = new LinkedHashMap<>(error);
                Map<String, Object> extensions = new LinkedHashMap<>();
                if (error.get("extensions") instanceof Map<?, ?> present) {
                    extensions.putAll((Map<String, Object>) present);
                }
                extensions.put("traceId", traceId);
                traced.put("extensions", extensions);
                return traced;
            }).toList();
        }
        write(ctx, status, MediaTypes.withCharset(mediaType), Map.of("errors", errors));
    }

    private static void problem(RoutingContext ctx, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        String traceId = TraceIds.of(ctx.request());
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        write(ctx, status, MediaTypes.PROBLEM_JSON, body);
    }

    private void bodyTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            bodyTooLarge(ctx, 413);
        } else {
            ctx.next();
        }
    }

    private void bodyTooLarge(RoutingContext ctx, int status) {
        problem(ctx, status, "Content Too Large", "the request body is larger than "
                + limits.maxBodySize().asLongValue() + " bytes (warledger.graphql.budget.max-body-size)");
    }

    private static void write(RoutingContext ctx, int status, String contentType, Object body) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
            return;
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT).end(text);
    }

    /**
     * Why the {@code Idempotency-Key} header cannot be passed on to the services, or null when it is absent or fine:
     * one value of 1 to {@value #MAX_IDEMPOTENCY_KEY} printable ASCII characters, as the services take it.
     */
    static String idempotencyKeyRefusal(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            return "the request has " + values.size() + " Idempotency-Key headers; send one";
        }
        String key = values.get(0);
        if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return "the Idempotency-Key header must be 1 to " + MAX_IDEMPOTENCY_KEY + " printable ASCII characters";
        }
        return null;
    }

    private String allowed() {
        return getEnabled ? "GET, POST" : "POST";
    }

    private static boolean isLonger(String contentLength, long max) {
        try {
            return new BigInteger(contentLength.trim()).compareTo(BigInteger.valueOf(max)) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** SmallRye's input: the request's parameters as JSON-P, numbers kept exact. */
    private static jakarta.json.JsonObject input(String query, GraphQlRequest request) {
        JsonObjectBuilder input = JSONP.createObjectBuilder().add(GraphQlRequest.QUERY, query);
        if (request.operationName() != null) {
            input.add(GraphQlRequest.OPERATION_NAME, request.operationName());
        }
        if (request.variables() != null) {
            input.add(GraphQlRequest.VARIABLES, jsonp(request.variables()));
        }
        if (request.extensions() != null) {
            input.add(GraphQlRequest.EXTENSIONS, jsonp(request.extensions()));
        }
        return input.build();
    }

    private static JsonValue jsonp(JsonNode node) {
        return switch (node.getNodeType()) {
        case OBJECT -> {
            JsonObjectBuilder object = JSONP.createObjectBuilder();
            node.properties().forEach(member -> object.add(member.getKey(), jsonp(member.getValue())));
            yield object.build();
        }
        case ARRAY -> {
            var array = JSONP.createArrayBuilder();
            node.forEach(element -> array.add(jsonp(element)));
            yield array.build();
        }
        case STRING -> JSONP.createValue(node.textValue());
        case NUMBER -> node.isIntegralNumber() ? JSONP.createValue(node.bigIntegerValue())
                : JSONP.createValue(node.decimalValue());
        case BOOLEAN -> node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
        default -> JsonValue.NULL;
        };
    }

    private GraphQLSchema schema() {
        GraphQLSchema current = schema;
        if (current == null) {
            current = schemas.get();
            schema = current;
        }
        return current;
    }

    /** Built on first use: SmallRye's schema model is complete only once the application has started. */
    private RequestBudget budget() {
        RequestBudget current = budget;
        if (current == null) {
            Set<String> batchFields = models.get().getBatchOperations().stream()
                    .map(operation -> operation.getSourceFieldOn().getName() + "." + operation.getName())
                    .collect(Collectors.toSet());
            current = new RequestBudget(limits, batchFields);
            budget = current;
        }
        return current;
    }

    private static CurrentIdentityAssociation identity() {
        InstanceHandle<CurrentIdentityAssociation> identity = Arc.container()
                .instance(CurrentIdentityAssociation.class);
        return identity.isAvailable() ? identity.get() : null;
    }
}
