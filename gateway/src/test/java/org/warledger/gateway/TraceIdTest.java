package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/**
 * Tracing is off in tests (as locally by default): the gateway's problems and GraphQL errors still name the trace of a
 * client that sends a W3C {@code traceparent}, and none otherwise. {@code TracingTest} covers tracing switched on.
 */
@QuarkusTest
class TraceIdTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-b7ad6b7169203331-01";
    private static final String CREATE = "mutation($in: EventInput!) { createEvent(input: $in) { id } }";
    private static final Map<String, Object> BLANK_TITLE = Map.of("in", Map.of("title", " ", "type", "STRIKE", "date",
            "2024-11-17", "sources", List.of(Map.of("publisher", "Newsroom"))));

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static RequestSpecification traced() {
        return given().header("traceparent", TRACEPARENT);
    }

    @Test
    void aProblemOfTheEndpointNamesTheClientsTrace() {
        traced().contentType("text/plain").body("{ events { edges { node { id } } } }").post("/graphql").then()
                .statusCode(415).contentType("application/problem+json").body("status", equalTo(415))
                .body("traceId", equalTo(TRACE_ID));
        traced().contentType(ContentType.JSON).body("{}").put("/graphql").then().statusCode(405).body("traceId",
                equalTo(TRACE_ID));
        given().contentType("text/plain").body("{ events { edges { node { id } } } }").post("/graphql").then()
                .statusCode(415).body("$", not(hasKey("traceId")));
    }

    @Test
    void aRequestErrorAndAServicesRefusalNameTheClientsTrace() {
        traced().contentType(ContentType.JSON).body(Map.of("query", "{ nothingHere }")).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.traceId", equalTo(TRACE_ID));
        traced().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", CREATE, "variables", BLANK_TITLE)).post("/graphql").then().statusCode(200)
                .body("data.createEvent", nullValue()).body("errors[0].extensions.service", equalTo("event-service"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.traceId", equalTo(TRACE_ID));
    }

    @Test
    void withoutATraceparentAnErrorNamesNoTrace() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", CREATE, "variables", BLANK_TITLE)).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.service", equalTo("event-service"))
                // SmallRye writes an extension without a value as null.
                .body("errors[0].extensions.traceId", nullValue());
        given().header("traceparent", "00-" + TRACE_ID + "-0000000000000000").contentType(ContentType.JSON)
                .body(Map.of("query", "{ nothingHere }")).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions", not(hasKey("traceId")));
    }
}
