package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/** The endpoint speaks GraphQL over HTTP as the spec says: methods, media types, malformed requests, status codes. */
@QuarkusTest
class GraphQlHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";
    private static final String PAGE = "{ events(first: 2) { edges { cursor } } }";
    private static final String CREATE = "mutation { createEvent(input: {title: \"x\", type: STRIKE, date: "
            + "\"2024-11-19\", sources: [{publisher: \"X\"}]}) { id } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    /** Requests sent with exactly the Content-Type given (REST Assured would otherwise add a charset to some). */
    private static RequestSpecification exact() {
        return given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static ValidatableResponse post(String contentType, String accept, String body) {
        var request = exact().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        if (accept != null) {
            request.accept(accept);
        }
        return request.post("/graphql").then();
    }

    private static ValidatableResponse postJson(String accept, String body) {
        return post(JSON, accept, body);
    }

    @Test
    void aMutationSentWithGetIsRefusedWith405AndNotExecuted() {
        given().header("Authorization", "Bearer editor-token").queryParam("query", CREATE).get("/graphql").then()
                .statusCode(405).header("Allow", "POST").contentType(containsString("application/problem+json"))
                .body("detail", containsString("must be sent with POST"));
        given().header("Authorization", "Bearer editor-token")
                .queryParam("query", "query A { __typename } " + CREATE.replace("mutation", "mutation M"))
                .queryParam("operationName", "A").get("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"));
        given().queryParam("query", "query A { __typename } " + CREATE.replace("mutation", "mutation M"))
                .queryParam("operationName", "M").get("/graphql").then().statusCode(405).header("Allow", "POST");
        assertEquals(List.of(), FakeServices.AUTHORIZATIONS);
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aMutationSentWithPostRuns() {
        String token = Tokens.editor();
        given().header("Authorization", "Bearer " + token).contentType(JSON).body("{\"query\": " + quoted(CREATE) + "}")
                .post("/graphql").then().statusCode(200).body("data.createEvent.id", notNullValue());
        assertEquals(List.of("Bearer " + token), FakeServices.AUTHORIZATIONS);
    }

    @Test
    void aPostOfAnotherMediaTypeIsRefusedWith415AndNotExecuted() {
        String body = "{\"query\": " + quoted(CREATE) + "}";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=iso-8859-1", "application/jsonx")) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(endpoint).header("Content-Type", type)
                    .header("Authorization", "Bearer editor-token").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(415, refused.statusCode(), type);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(refused.body().contains("send application/json (or application/graphql), in UTF-8"),
                    refused.body());
        }
        HttpResponse<String> noType = send(
                HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(415, noType.statusCode());
        assertTrue(noType.body().contains("has no Content-Type"), noType.body());
        assertEquals(List.of(), FakeServices.AUTHORIZATIONS);
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void jsonWithACharsetAndTheGraphQLMediaTypeAreServed() {
        post("application/json; charset=UTF-8", null, "{\"query\": " + quoted(PAGE) + "}").statusCode(200)
                .body("data.events.edges", hasSize(2));
        post("application/graphql", null, PAGE).statusCode(200).body("data.events.edges", hasSize(2));
    }

    @Test
    void malformedBodiesAre400AndNever500() {
        List<String> malformed = List.of("{ \"not a JSON", "{\"query\": \"{ __typename }\"} trailing",
                "{\"query\": \"{ __typename }\", \"query\": \"{ __typename }\"}", "[{\"query\": \"{ __typename }\"}]",
                "\"{ __typename }\"", "{\"notquery\": \"{ __typename }\"}", "{\"query\": 1}", "{\"query\": \"\"}",
                "{\"query\": \"{ __typename }\", \"operationName\": {}}",
                "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
                "{\"query\": \"{ __typename }\", \"variables\": [1]}",
                "{\"query\": \"{ __typename }\", \"variables\": 7}",
                "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", "");
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            for (String body : malformed) {
                postJson(accept, body).statusCode(400).contentType(startsWith(accept))
                        .body("errors[0].extensions.code", equalTo("BAD_REQUEST")).body("data", nullValue());
            }
        }
        postJson(null, "{ \"not a JSON").body("errors[0].message",
                equalTo("the request body is not valid JSON (line 1, column 14)"));
        postJson(null, "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}").body("errors[0].message",
                equalTo("variables must be a JSON object, not a string"));
    }

    @Test
    void variablesNestedAHundredThousandLevelsDeepAre400() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
            postJson(accept, "{\"query\": \"{ __typename }\", \"variables\": {\"a\": " + deep + "}}").statusCode(400)
                    .body("errors[0].message", equalTo("the request body nests deeper than 32 levels"));
            given().accept(accept).queryParam("query", "{ __typename }")
                    .queryParam("variables", "{\"a\": " + "[".repeat(40) + "]".repeat(40) + "}").get("/graphql").then()
                    .statusCode(400).body("errors[0].message", equalTo("variables nests deeper than 32 levels"));
        }
    }

    @Test
    void nullParametersAreTheSameAsAbsentOnes() {
        postJson(GRAPHQL_RESPONSE,
                "{\"query\": " + quoted(PAGE) + ", \"variables\": null, \"operationName\": null, \"extensions\": null}")
                        .statusCode(200).body("errors", nullValue()).body("data.events.edges", hasSize(2));
    }

    @Test
    void aDocumentThatDoesNotParseIs400WithTheNewMediaTypeAnd200WithJson() {
        postJson(GRAPHQL_RESPONSE, "{\"query\": \"{\"}").statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data", nullValue()).body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].locations[0].line", equalTo(1));
        postJson(JSON, "{\"query\": \"{\"}").statusCode(200).contentType(startsWith(JSON))
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"));
    }

    @Test
    void anInvalidDocumentIs400WithTheNewMediaTypeAnd200WithJson() {
        postJson(GRAPHQL_RESPONSE, "{\"query\": \"{ nosuchfield }\"}").statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE)).body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].message", containsString("nosuchfield"));
        postJson(JSON, "{\"query\": \"{ nosuchfield }\"}").statusCode(200).body("errors[0].extensions.classification",
                equalTo("ValidationError"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aVariableThatDoesNotCoerceIs400WithTheNewMediaType() {
        String body = "{\"query\": \"query($id: ID!) { event(id: $id) { id } }\", \"variables\": {\"id\": null}}";
        postJson(GRAPHQL_RESPONSE, body).statusCode(400).body("data", nullValue()).body("errors[0].message",
                notNullValue());
        postJson(JSON, body).statusCode(200).body("data", nullValue()).body("errors[0].message", notNullValue());
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void anOperationIsChosenByNameAndAnUnknownNameIsAnError() {
        String document = "query A { __typename } query B { events(first: 1) { edges { cursor } } }";
        given().queryParam("query", document).queryParam("operationName", "B").get("/graphql").then().statusCode(200)
                .body("data.events.edges", hasSize(1)).body("data.__typename", nullValue());
        postJson(GRAPHQL_RESPONSE, "{\"query\": " + quoted(document) + ", \"operationName\": \"C\"}").statusCode(400)
                .body("errors[0].message", equalTo("the document has no operation named C"));
        postJson(JSON, "{\"query\": " + quoted(document) + "}").statusCode(200).body("errors[0].message",
                equalTo("the document has 2 operations: name one with operationName"));
    }

    @Test
    void getParametersAreDecodedOnce() {
        given().accept(JSON).queryParam("query", "{ events(type: \"A+B%20C%\") { edges { cursor } } }").get("/graphql")
                .then().statusCode(200).body("errors[0].message", containsString("A+B%20C%"));
    }

    @Test
    void theResponseMediaTypeFollowsAccept() {
        String body = "{\"query\": \"{ __typename }\"}";
        HttpResponse<String> noAccept = send(HttpRequest.newBuilder(endpoint).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, noAccept.statusCode());
        assertEquals("application/json; charset=utf-8", noAccept.headers().firstValue("Content-Type").orElseThrow());
        postJson("*/*", body).statusCode(200).contentType(startsWith(JSON));
        postJson("text/html,application/xhtml+xml,*/*;q=0.8", body).statusCode(200).contentType(startsWith(JSON));
        postJson(GRAPHQL_RESPONSE, body).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
        postJson(GRAPHQL_RESPONSE + ", " + JSON, body).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
        postJson(JSON + ", " + GRAPHQL_RESPONSE + ";q=0.9", body).statusCode(200).contentType(startsWith(JSON));
        postJson(GRAPHQL_RESPONSE + ", */*;q=0.1", body).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
        postJson("text/html", body).statusCode(406).contentType(containsString("application/problem+json"))
                .body("detail", containsString("Accept"));
        postJson(JSON + ";q=0", body).statusCode(406);
    }

    @Test
    void otherMethodsAre405AndOptionsTellsWhatIsAllowed() {
        given().contentType(JSON).body("{\"query\": \"{ __typename }\"}").put("/graphql").then().statusCode(405)
                .header("Allow", "GET, POST");
        given().delete("/graphql").then().statusCode(405).header("Allow", "GET, POST");
        given().options("/graphql").then().statusCode(204).header("Allow", "GET, POST, OPTIONS");
    }

    @Test
    void aWebSocketUpgradeIsRefused() {
        given().header("Connection", "Upgrade").header("Upgrade", "websocket").header("Sec-WebSocket-Version", "13")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==").header("Sec-WebSocket-Protocol", "graphql-ws")
                .get("/graphql").then().statusCode(400).body("detail", containsString("WebSocket"));
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() {
        byte[] big = ("{\"query\": \"{ __typename }\", \"extensions\": {\"x\": \"" + "a".repeat(1_100_000) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> declared = send(HttpRequest.newBuilder(endpoint).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, declared.statusCode());
        assertTrue(declared.body().contains("larger than 1048576 bytes"), declared.body());
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(endpoint).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertEquals(413, chunked.statusCode());
        assertTrue(chunked.body().contains("larger than 1048576 bytes"), chunked.body());
    }

    @Test
    void anAdmittedRequestIsAnsweredInUtf8WithItsCost() {
        postJson(GRAPHQL_RESPONSE, "{\"query\": \"{ __type(name: \\\"Run🏃Swim🏊\\\") { name } }\"}").statusCode(200)
                .body("data.__type", nullValue()).body("extensions.cost.backendCalls", equalTo(0))
                .body("extensions.cost.rootFields", equalTo(1));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
