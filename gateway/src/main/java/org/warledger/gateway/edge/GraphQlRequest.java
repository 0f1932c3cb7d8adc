package org.warledger.gateway.edge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one GraphQL-over-HTTP request, read strictly: a JSON body must be one JSON object (nothing after
 * it, no key twice, nested at most {@code maxJsonDepth} levels), {@code query} a non-empty string, {@code documentId} a
 * string, {@code operationName} a string, {@code variables} and {@code extensions} objects; each may be null or absent,
 * but a request names its document: by its text ({@code query}), by the id of a trusted document ({@code documentId}),
 * or by the hash of an automatic persisted query ({@code extensions.persistedQuery.sha256Hash}) — see
 * {@link TrustedDocuments}.
 */
record GraphQlRequest(String query, String documentId, String operationName, ObjectNode variables,
        ObjectNode extensions) {

    static final String QUERY = "query";
    static final String DOCUMENT_ID = "documentId";
    static final String OPERATION_NAME = "operationName";
    static final String VARIABLES = "variables";
    static final String EXTENSIONS = "extensions";

    /** A request that is not a well-formed GraphQL-over-HTTP request; the message says what is wrong. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads request parameters with one configuration of the JSON parser. */
    static final class Reader {
        private final ObjectMapper json;
        private final int maxJsonDepth;

        Reader(int maxJsonDepth) {
            this.maxJsonDepth = maxJsonDepth;
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxJsonDepth).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        }

        /** A POST body of type application/json. */
        GraphQlRequest fromJson(byte[] body) throws Malformed {
            if (body == null || body.length == 0) {
                throw new Malformed("the request has no body: send {\"query\": \"…\"}");
            }
            JsonNode root = parse(body, "the request body");
            if (!root.isObject()) {
                throw new Malformed("the request body must be a JSON object such as {\"query\": \"…\"}");
            }
            return of(text(root.get(QUERY), QUERY), text(root.get(DOCUMENT_ID), DOCUMENT_ID),
                    text(root.get(OPERATION_NAME), OPERATION_NAME), object(root.get(VARIABLES), VARIABLES),
                    object(root.get(EXTENSIONS), EXTENSIONS));
        }

        /** A POST body of type application/graphql: the document itself, in UTF-8. */
        GraphQlRequest fromDocument(byte[] body) throws Malformed {
            try {
                String query = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
                return of(query, null, null, null, null);
            } catch (CharacterCodingException e) {
                throw new Malformed("the request body is not UTF-8");
            }
        }

        /** The parameters of a GET request's query string, already decoded; variables and extensions as JSON. */
        GraphQlRequest fromParameters(Map<String, List<String>> parameters) throws Malformed {
            String variables = single(parameters, VARIABLES);
            String extensions = single(parameters, EXTENSIONS);
            return of(single(parameters, QUERY), single(parameters, DOCUMENT_ID), single(parameters, OPERATION_NAME),
                    variables == null || variables.isEmpty() ? null
                            : object(parse(variables.getBytes(StandardCharsets.UTF_8), VARIABLES), VARIABLES),
                    extensions == null || extensions.isEmpty() ? null
                            : object(parse(extensions.getBytes(StandardCharsets.UTF_8), EXTENSIONS), EXTENSIONS));
        }

        private static GraphQlRequest of(String query, String documentId, String operationName, ObjectNode variables,
                ObjectNode extensions) throws Malformed {
            boolean hasQuery = query != null && !query.isBlank();
            boolean hasId = documentId != null && !documentId.isEmpty();
            if (hasQuery && hasId) {
                throw new Malformed("the request has both a query and a documentId: send one of them");
            }
            if (!hasQuery && !hasId && TrustedDocuments.persistedQueryHash(extensions) == null) {
                throw new Malformed("the request has no query: send the GraphQL document as \"query\", or the id of a "
                        + "trusted document as \"documentId\"");
            }
            return new GraphQlRequest(hasQuery ? query : null, hasId ? documentId : null,
                    operationName == null || operationName.isEmpty() ? null : operationName, variables, extensions);
        }

        private JsonNode parse(byte[] text, String what) throws Malformed {
            try {
                return json.readTree(text);
            } catch (StreamConstraintsException e) {
                throw new Malformed(what + " nests deeper than " + maxJsonDepth + " levels");
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new Malformed(what + " is not valid JSON"
                        + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
            } catch (IOException e) {
                throw new Malformed(what + " could not be read");
            }
        }

        private static String single(Map<String, List<String>> parameters, String name) throws Malformed {
            List<String> values = parameters.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                throw new Malformed("the parameter " + name + " is given " + values.size() + " times");
            }
            return values.get(0);
        }

        private static String text(JsonNode node, String name) throws Malformed {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw new Malformed(name + " must be a string, not " + kind(node));
            }
            return node.textValue();
        }

        private static ObjectNode object(JsonNode node, String name) throws Malformed {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw new Malformed(name + " must be a JSON object, not " + kind(node));
            }
            return (ObjectNode) node;
        }

        private static String kind(JsonNode node) {
            return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case OBJECT -> "an object";
            default -> "that";
            };
        }
    }
}
