package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/**
 * Trusted documents (the test manifest {@code trusted-documents-test.json}, with the default {@code only=false}): named
 * by {@code documentId} in a POST or a GET, or by an automatic persisted query's hash; GET answers of reads are
 * cacheable, with an ETag that If-None-Match turns into 304.
 */
@QuarkusTest
class TrustedDocumentsTest {

    static final String PAGE = "{ events(first: 2) { edges { cursor node { id title } } } }";
    static final String EVENT = "query Event($id: ID!) { event(id: $id) { id title } }";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    static String id(String document) {
        try {
            return "sha256:" + HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response postJson(String accept, String body) {
        return given().contentType(JSON).accept(accept).body(body).post("/graphql");
    }

    @Test
    void aDocumentIdRunsItsDocumentAsItsTextWould() {
        String byText = postJson(GRAPHQL_RESPONSE, "{\"query\": \"" + PAGE + "\"}").then().statusCode(200).extract()
                .asString();
        String byId = postJson(GRAPHQL_RESPONSE, "{\"documentId\": \"" + id(PAGE) + "\"}").then().statusCode(200)
                .body("data.events.edges", hasSize(2)).extract().asString();
        assertEquals(byText, byId);
        String eventId = FakeServices.eventId(3);
        postJson(JSON, "{\"documentId\": \"" + id(EVENT) + "\", \"variables\": {\"id\": \"" + eventId + "\"}}").then()
                .statusCode(200).body("data.event.id", equalTo(eventId));
        given().accept(JSON).queryParam("documentId", id(EVENT))
                .queryParam("variables", "{\"id\": \"" + eventId + "\"}").get("/graphql").then().statusCode(200)
                .body("data.event.id", equalTo(eventId));
    }

    @Test
    void aGetReadIsCacheableAndIfNoneMatchAnswers304() {
        Response first = given().accept(GRAPHQL_RESPONSE).queryParam("documentId", id(PAGE)).get("/graphql");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=30").body("data.events.edges",
                hasSize(2));
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{43}\""), etag);
        int calls = FakeServices.totalCalls();
        // The same answer has the same tag, whether the document came by id or as text.
        assertEquals(etag, given().accept(GRAPHQL_RESPONSE).queryParam("query", PAGE).get("/graphql").header("ETag"));
        for (String match : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            Response unchanged = given().accept(GRAPHQL_RESPONSE).header("If-None-Match", match)
                    .queryParam("documentId", id(PAGE)).get("/graphql");
            unchanged.then().statusCode(304).header("ETag", etag).header("Cache-Control", "public, max-age=30");
            assertEquals("", unchanged.asString(), match);
        }
        assertTrue(FakeServices.totalCalls() > calls, "a 304 is the answer of the query as it is now");
        given().accept(GRAPHQL_RESPONSE).header("If-None-Match", "\"other\"").queryParam("documentId", id(PAGE))
                .get("/graphql").then().statusCode(200).header("ETag", etag).body("data.events.edges", hasSize(2));
        // Another answer, another tag.
        String other = given().accept(GRAPHQL_RESPONSE).queryParam("documentId", id(EVENT))
                .queryParam("variables", "{\"id\": \"" + FakeServices.eventId(2) + "\"}").get("/graphql")
                .header("ETag");
        assertNotEquals(etag, other);
        // With credentials, only the client may keep it.
        given().accept(GRAPHQL_RESPONSE).header("Authorization", "Bearer " + Tokens.editor())
                .queryParam("documentId", id(PAGE)).get("/graphql").then().statusCode(200)
                .header("Cache-Control", "private, max-age=30").header("ETag", etag);
    }

    @Test
    void answersWithErrorsAndPostsAreNotCached() {
        FakeServices.DOWN.add("event-service");
        Response failed = given().accept(GRAPHQL_RESPONSE).queryParam("documentId", id(PAGE)).get("/graphql");
        failed.then().statusCode(200).header("Cache-Control", "no-store").body("errors", hasSize(1));
        assertNull(failed.header("ETag"));
        FakeServices.DOWN.clear();
        given().accept(GRAPHQL_RESPONSE).queryParam("documentId", id(EVENT))
                .queryParam("variables", "{\"id\": \"not an id\"}").get("/graphql").then()
                .header("Cache-Control", "no-store").body("errors", hasSize(1));
        Response posted = postJson(GRAPHQL_RESPONSE, "{\"documentId\": \"" + id(PAGE) + "\"}");
        posted.then().statusCode(200);
        assertNull(posted.header("ETag"));
        assertNull(posted.header("Cache-Control"));
    }

    @Test
    void anUnknownDocumentIdIsARequestErrorThatCallsNothing() {
        String unknown = id("{ events { edges { cursor } } }");
        postJson(GRAPHQL_RESPONSE, "{\"documentId\": \"" + unknown + "\"}").then().statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND")).body("data", nullValue());
        postJson(JSON, "{\"documentId\": \"" + unknown + "\"}").then().statusCode(200).body("errors[0].extensions.code",
                equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().accept(JSON).queryParam("documentId", unknown).get("/graphql").then().statusCode(200).body(
                "errors[0].message", equalTo("PersistedQueryNotFound: " + unknown + " is not a trusted document"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aMalformedDocumentIdOrBothQueryAndIdAre400() {
        String hex = id(PAGE).substring("sha256:".length());
        for (String body : List.of("{\"documentId\": \"" + hex + "\"}",
                "{\"documentId\": \"sha256:" + hex.toUpperCase() + "\"}",
                "{\"documentId\": \"sha256:" + hex.substring(1) + "\"}", "{\"documentId\": \"md5:abc\"}",
                "{\"documentId\": 7}", "{\"documentId\": \"" + id(PAGE) + "\", \"query\": \"" + PAGE + "\"}")) {
            for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
                postJson(accept, body).then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                        .body("data", nullValue());
            }
        }
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void automaticPersistedQueriesRegisterOnceValidAndThenRunByHash() {
        String document = "{ events(first: 1) { edges { node { id } } } } # " + UUID.randomUUID();
        String hash = id(document).substring("sha256:".length());
        String extensions = "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
        postJson(JSON, "{" + extensions + "}").then().statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        postJson(JSON, "{\"query\": \"" + document + "\", " + extensions + "}").then().statusCode(200)
                .body("data.events.edges", hasSize(1));
        postJson(JSON, "{" + extensions + "}").then().statusCode(200).body("data.events.edges", hasSize(1));
        given().accept(JSON).queryParam("extensions", extensions.substring("\"extensions\": ".length())).get("/graphql")
                .then().statusCode(200).header("ETag", startsWith("\"")).body("data.events.edges", hasSize(1));
        // A manifest's document runs by its hash without being sent.
        postJson(JSON, "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \""
                + id(PAGE).substring(7) + "\"}}}").then().statusCode(200).body("data.events.edges", hasSize(2));
    }

    @Test
    void anInvalidDocumentIsNotRegisteredAndAWrongHashIsRefused() {
        String invalid = "{ events(first: 1) { edges { nope } } } # " + UUID.randomUUID();
        String hash = id(invalid).substring("sha256:".length());
        String extensions = "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
        postJson(JSON, "{\"query\": \"" + invalid + "\", " + extensions + "}").then().statusCode(200)
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        postJson(JSON, "{" + extensions + "}").then().statusCode(200).body("errors[0].extensions.code",
                equalTo("PERSISTED_QUERY_NOT_FOUND"));
        String other = id(PAGE).substring("sha256:".length());
        for (String persisted : List.of("{\"version\": 1, \"sha256Hash\": \"" + other + "\"}",
                "{\"version\": 2, \"sha256Hash\": \"" + hash + "\"}", "{\"sha256Hash\": \"" + hash + "\"}",
                "{\"version\": 1, \"sha256Hash\": 5}", "{\"version\": 1}")) {
            postJson(JSON, "{\"query\": \"" + invalid + "\", \"extensions\": {\"persistedQuery\": " + persisted + "}}")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        assertEquals(0, FakeServices.totalCalls());
    }
}
