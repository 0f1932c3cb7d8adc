package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.gateway.TrustedDocumentsTest.EVENT;
import static org.warledger.gateway.TrustedDocumentsTest.PAGE;
import static org.warledger.gateway.TrustedDocumentsTest.id;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production setting {@code only}: nothing runs but the manifest's documents, however it is sent. */
@QuarkusTest
@TestProfile(TrustedOnlyTest.Only.class)
class TrustedOnlyTest {

    public static class Only implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warledger.graphql.trusted-documents.only", "true");
        }
    }

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void anotherDocumentIsRefusedBeforeItCostsAnything() {
        String other = "{ events(first: 1) { edges { cursor } } }";
        String hash = id(other).substring("sha256:".length());
        for (String body : List.of("{\"query\": \"" + other + "\"}", "{\"query\": \"" + other
                + "\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}}",
                "{\"query\": \"{ __typename }\"}")) {
            given().contentType("application/json").accept("application/graphql-response+json").body(body)
                    .post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED")).body("data", nullValue());
        }
        given().queryParam("query", other).get("/graphql").then().statusCode(200).body("errors[0].extensions.code",
                equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        // The document that tried to register is not kept either.
        given().contentType("application/json")
                .body("{\"extensions\": {\"persistedQuery\": {\"version\": 1, " + "\"sha256Hash\": \"" + hash + "\"}}}")
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void theManifestsDocumentsRunByIdByHashAndAsText() {
        given().contentType("application/json").body("{\"documentId\": \"" + id(PAGE) + "\"}").post("/graphql").then()
                .statusCode(200).body("data.events.edges", hasSize(2));
        given().queryParam("documentId", id(EVENT))
                .queryParam("variables", "{\"id\": \"" + FakeServices.eventId(1) + "\"}").get("/graphql").then()
                .statusCode(200).body("data.event.id", equalTo(FakeServices.eventId(1)));
        given().contentType("application/json").body("{\"query\": \"" + PAGE + "\"}").post("/graphql").then()
                .statusCode(200).body("data.events.edges", hasSize(2));
    }
}
