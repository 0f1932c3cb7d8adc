package org.warledger.platform.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.warledger.platform.idempotency.IdempotencyKey;

/**
 * The conventions every service's API follows, written once into each OpenAPI document (registered with
 * {@code mp.openapi.filter}). Query parameters reach the resources as text so that a bad value gets a problem that
 * names it ({@link QueryParameters}); their documented types come from here, by the names QueryParameters parses:
 * {@code limit} an integer with its bounds, dates, instants, ids, flags, and {@code fields} the property names of the
 * records answered ({@link SparseFields}). Every operation lists the problem answers it can give (400 for bad input,
 * 401/403 where a role is needed, 404 on a record path, 409/412/428 on writes, 413/415 on bodies, 429 on imports and
 * exports), each as {@code application/problem+json} with the {@code Problem} schema. A bearer token carries roles, not
 * OAuth scopes, so security requirements name the scheme with no scopes; the role an operation needs is in its
 * description.
 */
public class OpenApiConventions implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Map<String, String> STATUS_DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "The request breaks a rule; `violations` names each field and why"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The token lacks the role this operation needs"),
            Map.entry("404", "No record with this id"),
            Map.entry("409",
                    "The request conflicts with the record's state (a taken externalKey, a stale version in "
                            + "the body, a retracted record)"),
            Map.entry("412", "If-Match names a version that is no longer the record's"),
            Map.entry("413", "The body is larger than this operation accepts"),
            Map.entry("415", "The body is not JSON (or NDJSON for an import)"),
            Map.entry("422", "This Idempotency-Key was used for a different request"),
            Map.entry("428", "Neither the body nor If-Match says which version is being changed"),
            Map.entry("429", "Over this caller's rate limit; Retry-After says when to try again"));

    /** What SmallRye writes for the responses it adds by itself; replaced by the descriptions above. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Violation", violationSchema()).addSchema(PROBLEM, problemSchema());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> apply(api, path, method, operation)));
    }

    private static void apply(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation) {
        boolean export = path.endsWith("/export");
        boolean importing = path.endsWith("/import");
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter parameter : parameters) {
            if (parameter.getIn() == Parameter.In.QUERY && SparseFields.PARAMETER.equals(parameter.getName())) {
                fieldsParameter(api, operation, parameter);
            } else if (parameter.getIn() == Parameter.In.QUERY) {
                typeQueryParameter(parameter, export);
            } else if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equals(parameter.getName())) {
                parameter.schema(text().pattern("^\"[0-9]+\"$"));
                parameter.description(
                        "The version being changed, as the entity tag the record was read with, " + "such as \"3\"");
            }
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            operation.setSecurity(operation.getSecurity().stream().map(OpenApiConventions::withoutScopes).toList());
        }
        boolean body = operation.getRequestBody() != null;
        boolean idempotent = method == PathItem.HttpMethod.POST && body
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/json");
        if (idempotent && parameters.stream().noneMatch(p -> IdempotencyKey.HEADER.equals(p.getName()))) {
            operation.addParameter(OASFactory.createParameter().name(IdempotencyKey.HEADER).in(Parameter.In.HEADER)
                    .description("A key of the caller's choosing that makes a retry safe: a repeat with the same key "
                            + "and the same request gets the first answer again (Idempotent-Replayed: true) and "
                            + "changes nothing; kept 24 hours per caller")
                    .schema(text().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH).pattern("^[\\x20-\\x7E]+$")));
        }
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!parameters.isEmpty() || body) {
            problem(responses, "400");
        }
        if (secured) {
            problem(responses, "401");
            problem(responses, "403");
        }
        if (path.contains("{")) {
            problem(responses, "404");
        }
        if (secured && !importing && (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT)) {
            problem(responses, "409");
        }
        if (ifMatch) {
            problem(responses, "412");
            problem(responses, "428");
        }
        if (body) {
            problem(responses, "413");
            problem(responses, "415");
        }
        if (importing || export) {
            problem(responses, "429");
        }
        if (idempotent) {
            problem(responses, "409");
            problem(responses, "422");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    /** The type a query parameter has once parsed; parameters this table does not know are left as declared. */
    private static void typeQueryParameter(Parameter parameter, boolean export) {
        Schema declared = parameter.getSchema();
        if (declared != null && (declared.getRef() != null || declared.getEnumeration() != null)) {
            return;
        }
        switch (parameter.getName()) {
        case "limit" -> {
            // A page size, unless the operation declares its own bounds.
            if (declared == null || declared.getType() == null
                    || declared.getType().equals(List.of(SchemaType.STRING))) {
                parameter.schema(export ? integer(1, 10_000).defaultValue(1_000) : integer(1, 500).defaultValue(50));
            }
        }
        case "after" -> parameter.schema(text().maxLength(2_000));
        case "ids", "eventId" -> {
            parameter.schema(
                    OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(uuid()).minItems(1).maxItems(500));
            parameter.style(Parameter.Style.FORM).explode(false);
        }
        case "changedSince", "knownAt" -> parameter.schema(text().format("date-time"));
        case "from", "to", "asOf" -> parameter.schema(text().format("date"));
        case "dryRun" -> parameter
                .schema(OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN)).defaultValue(false));
        case "parentId", "claimantId" -> parameter.schema(uuid());
        case "country" -> parameter.schema(text().pattern("^[A-Z]{2}$"));
        default -> {
            // Free text is parsed with the text policy, at most 500 characters; a declared pattern or format stays.
            if (declared == null || declared.getType() == null) {
                parameter.schema(text().maxLength(500));
            } else if (declared.getType().equals(List.of(SchemaType.STRING)) && declared.getMaxLength() == null) {
                declared.maxLength(500);
            }
        }
        }
    }

    /**
     * {@code fields}: names of the top-level properties of the records the operation answers with, read from its 200
     * answer's schema (a record, or a page of them), so that the list of names is the documented record's.
     */
    private static void fieldsParameter(OpenAPI api, Operation operation, Parameter parameter) {
        Schema record = recordSchema(api, operation);
        Schema name = text().maxLength(SparseFields.MAX_NAME_LENGTH);
        Schema names = OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(name);
        if (record != null && record.getProperties() != null) {
            name.enumeration(List.copyOf(record.getProperties().keySet()));
            names.maxItems(record.getProperties().size());
        }
        parameter.schema(names).style(Parameter.Style.FORM).explode(true);
        if (parameter.getDescription() == null) {
            parameter.description("""
                    Only these top-level properties of each record (id always comes too), repeated or \
                    comma-separated (fields=id,title or fields=id&fields=title); an object or list property comes \
                    whole. Absent or empty: the whole record. An unknown name, more names than the record has \
                    properties or a name over 64 characters is a 400 naming them and the allowed ones. A page keeps \
                    its envelope (items, nextCursor); only its items are trimmed.""");
        }
    }

    /** The schema of the record a read answers with: its 200 JSON schema, or the items of the page it is. */
    private static Schema recordSchema(OpenAPI api, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponse("200") == null) {
            return null;
        }
        Content content = operation.getResponses().getAPIResponse("200").getContent();
        if (content == null || content.getMediaType("application/json") == null) {
            return null;
        }
        Schema schema = resolve(api, content.getMediaType("application/json").getSchema());
        if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("items")
                && schema.getProperties().containsKey("nextCursor")) {
            Schema items = schema.getProperties().get("items");
            return items.getItems() == null ? null : resolve(api, items.getItems());
        }
        return schema;
    }

    private static Schema resolve(OpenAPI api, Schema schema) {
        if (schema == null || schema.getRef() == null) {
            return schema;
        }
        String prefix = "#/components/schemas/";
        String ref = schema.getRef();
        return ref.startsWith(prefix) && api.getComponents().getSchemas() != null
                ? api.getComponents().getSchemas().get(ref.substring(prefix.length())) : null;
    }

    private static SecurityRequirement withoutScopes(SecurityRequirement requirement) {
        SecurityRequirement plain = OASFactory.createSecurityRequirement();
        requirement.getSchemes().keySet().forEach(plain::addScheme);
        return plain;
    }

    private static void problem(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse());
        }
        String given = responses.getAPIResponse(status).getDescription();
        if (given == null || given.isBlank() || GENERATED_DESCRIPTIONS.contains(given)) {
            responses.getAPIResponse(status).description(STATUS_DESCRIPTIONS.get(status));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("An RFC 9457 problem detail: every 4xx and 5xx answer of this service")
                .addProperty("type", text().description("A URI reference naming the kind of problem; about:blank"))
                .addProperty("title", text().description("The HTTP status phrase"))
                .addProperty("status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", text().description("What was wrong, in words"))
                .addProperty("instance", text().description("The path of the request"))
                .addProperty("traceId",
                        text().description("The trace this request was recorded in, when tracing " + "is on"))
                .addProperty("violations",
                        OASFactory.createSchema().type(List.of(SchemaType.ARRAY))
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))
                                .description("The fields that failed, at most 50"))
                .addProperty("violationCount",
                        OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                                .description("How many violations there were, when more than are listed"))
                .required(List.of("title", "status"));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("One field that failed validation")
                .addProperty("field", text().description("The field's path, such as sources[0].url"))
                .addProperty("in", text().enumeration(List.of("body", "query", "path", "header")))
                .addProperty("message", text()).required(List.of("field", "in", "message"));
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING));
    }

    private static Schema uuid() {
        return text().format("uuid");
    }

    private static Schema integer(int min, int max) {
        return OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }
}
