package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/** The schema and resolvers against the fake services of {@link FakeServices}. */
@QuarkusTest
class GatewayTest {

    private static final String COMPOSED = """
            {
              events(first: 40) {
                edges {
                  cursor
                  node {
                    id
                    title
                    casualtyClaims { id figure { qualifier value low } event { id title } }
                    aidPledges { id value { amount currency } event { id } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Inject
    GraphQLSchema schema;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of(), null);
    }

    static ValidatableResponse graphql(String query, Map<String, Object> variables, String authorization) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post("/graphql").then().statusCode(200);
    }

    @Test
    void fortyEventsWithTheirClaimsPledgesAndTheirEventsTakeOneCallPerService() {
        graphql(COMPOSED).body("errors", nullValue()).body("data.events.edges", hasSize(40))
                .body("data.events.edges[0].node.title", equalTo("Event 40"))
                .body("data.events.edges[0].node.casualtyClaims[0].figure.low", equalTo(1041))
                .body("data.events.edges[0].node.casualtyClaims[0].event.title", equalTo("Event 40"))
                .body("data.events.edges[39].node.aidPledges[0].event.id", equalTo(FakeServices.eventId(1)))
                .body("data.events.edges.node.casualtyClaims", everyItem(hasSize(1)))
                .body("data.events.edges.node.aidPledges", everyItem(hasSize(1)));
        assertEquals(1, FakeServices.calls("event-service"),
                "the list only: the claims' and the pledges' events are the events it listed");
        assertEquals(1, FakeServices.calls("casualty-service"));
        assertEquals(1, FakeServices.calls("aid-service"));
        assertEquals(3, FakeServices.totalCalls());
    }

    @Test
    void everyKindOfFieldReadsAsTheServiceSentIt() {
        String day = FakeServices.day(40);
        graphql("""
                { events(first: 1) { edges { node {
                    id version title type date datePrecision endDate actors status createdAt
                    location { name country latitude precision }
                    sources { publisher quote url }
                    casualtyClaims { figure { qualifier value low best high } scope { kind from to } revision }
                } } } }
                """).body("errors", nullValue()).body("data.events.edges[0].node.id", equalTo(FakeServices.eventId(40)))
                .body("data.events.edges[0].node.version", equalTo(0))
                .body("data.events.edges[0].node.title", equalTo("Event 40"))
                .body("data.events.edges[0].node.type", equalTo("STRIKE"))
                .body("data.events.edges[0].node.date", equalTo(day))
                .body("data.events.edges[0].node.datePrecision", equalTo("DAY"))
                .body("data.events.edges[0].node", hasKey("endDate"))
                .body("data.events.edges[0].node.endDate", nullValue())
                .body("data.events.edges[0].node.actors", contains("Russian Armed Forces"))
                .body("data.events.edges[0].node.status", equalTo("ACTIVE"))
                .body("data.events.edges[0].node.createdAt", equalTo("2024-11-17T08:15:30.123456Z"))
                .body("data.events.edges[0].node.location.name", equalTo("Kharkiv"))
                .body("data.events.edges[0].node.location.country", equalTo("UA"))
                .body("data.events.edges[0].node.location.latitude", equalTo(49.99f))
                .body("data.events.edges[0].node.location.precision", equalTo("SETTLEMENT"))
                .body("data.events.edges[0].node.sources[0].publisher", equalTo("Newsroom"))
                .body("data.events.edges[0].node.sources[0].quote", equalTo("quote 40"))
                .body("data.events.edges[0].node.sources[0].url", nullValue())
                .body("data.events.edges[0].node.casualtyClaims[0].figure.qualifier", equalTo("MORE_THAN"))
                .body("data.events.edges[0].node.casualtyClaims[0].figure.value", equalTo(1040))
                .body("data.events.edges[0].node.casualtyClaims[0].figure.best", equalTo(1041))
                .body("data.events.edges[0].node.casualtyClaims[0].figure.high", nullValue())
                .body("data.events.edges[0].node.casualtyClaims[0].scope.kind", equalTo("INTERVAL"))
                .body("data.events.edges[0].node.casualtyClaims[0].scope.from", equalTo(day))
                .body("data.events.edges[0].node.casualtyClaims[0].revision", equalTo(1));
    }

    @Test
    void batchFieldsHandTheirParentsStraightToTheLoaderAndFieldsAreLookedUpWithoutPatterns() {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLObjectType event = schema.getObjectType("Event");
        GraphQLObjectType claim = schema.getObjectType("CasualtyClaim");
        assertEquals("BatchField",
                registry.getDataFetcher(event, event.getFieldDefinition("casualtyClaims")).getClass().getSimpleName());
        assertEquals("BatchField",
                registry.getDataFetcher(claim, claim.getFieldDefinition("event")).getClass().getSimpleName());
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, registry.getFieldVisibility());
        graphql("{ __schema { queryType { name } } }").body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void moneyKeepsEveryDigit() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ aidPledges(first: 1) { edges { node { value { amount } } } } }"))
                .post("/graphql").then().statusCode(200).body(containsString("\"amount\":12345678901234.56"));
    }

    @Test
    void whenAServiceIsDownTheOthersStillAnswerWithAnErrorNamingIt() {
        FakeServices.DOWN.add("aid-service");
        graphql(COMPOSED).body("data.events.edges", hasSize(40))
                .body("data.events.edges[0].node.casualtyClaims", hasSize(1))
                .body("data.events.edges[0].node.aidPledges", nullValue())
                .body("errors[0].message", containsString("aid-service is unavailable"))
                .body("errors[0].extensions.service", equalTo("aid-service"))
                .body("errors[0].path", contains("events", "edges", 0, "node", "aidPledges"));
    }

    @Test
    void aNumberBeyondADoubleIsNullWithAnErrorAndTheRestStillAnswers() {
        FakeServices.UNBOUNDED_LATITUDE.add(39);
        String query = "{ events(first: 3) { edges { node { id location { name latitude } casualtyClaims { id } } } } }";
        // The same query with a directive, which runs on graphql-java's path whatever else the gateway does.
        String plain = query.replace("location { name", "location { name @include(if: true)");
        Map<String, Object> expected = graphql(plain).extract().jsonPath().getMap("");
        FakeServices.CALLS.clear();

        Map<String, Object> answered = graphql(query).body("data.events.edges", hasSize(3))
                .body("data.events.edges[1].node.location.name", equalTo("Kharkiv"))
                .body("data.events.edges[1].node.location.latitude", nullValue())
                .body("data.events.edges[0].node.location.latitude", equalTo(49.99f))
                .body("data.events.edges[1].node.casualtyClaims", hasSize(1)).body("errors", hasSize(1))
                .body("errors[0].path", contains("events", "edges", 1, "node", "location", "latitude"))
                .body("errors[0].message", containsString("not finite")).extract().jsonPath().getMap("");

        assertEquals(expected.get("data"), answered.get("data"));
        assertEquals(expected.get("errors"), answered.get("errors"));
        assertEquals(1, FakeServices.calls("event-service"));
        assertEquals(1, FakeServices.calls("casualty-service"));
    }

    @Test
    void aServiceTooSlowToAnswerIsNamedAndTheRestStillAnswers() {
        FakeServices.SLOW.add("aid-service");
        graphql(COMPOSED).body("data.events.edges", hasSize(40))
                .body("data.events.edges[0].node.casualtyClaims", hasSize(1))
                .body("data.events.edges[0].node.aidPledges", nullValue())
                .body("errors[0].message", containsString("aid-service is unavailable: it did not answer in time"))
                .body("errors[0].extensions.service", equalTo("aid-service"))
                .body("errors[0].path", contains("events", "edges", 0, "node", "aidPledges"));
    }

    @Test
    void aQueryTooDeepIsRefusedBeforeAnyBackendCall() {
        String deep = "{ events { edges { node { casualtyClaims { event { casualtyClaims { event { casualtyClaims {"
                + " event { casualtyClaims { event { title } } } } } } } } } } } }";
        graphql(deep).body("data", nullValue())
                .body("errors[0].message", containsString("maximum query depth exceeded"))
                .body("errors[0].extensions.classification", equalTo("ExecutionAborted"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void anOversizePageIsRefusedBeforeAnyBackendCall() {
        graphql("{ events(first: 101) { edges { cursor } } }")
                .body("errors[0].message", equalTo("first must be from 1 to 100"))
                .body("errors[0].extensions.code", equalTo("bad-argument"));
        graphql("{ events(first: 0) { edges { cursor } } }").body("errors[0].message", notNullValue());
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aMutationWithoutATokenFailsWithoutCallingTheService() {
        String mutation = "mutation { createEvent(input: {title: \"x\", type: STRIKE, date: \"2024-11-19\", "
                + "sources: []}) { id } }";
        graphql(mutation).body("data.createEvent", nullValue())
                .body("errors[0].message", containsString("bearer token"))
                .body("errors[0].extensions.code", equalTo("unauthenticated"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aMutationPassesTheCallersTokenOnAndReportsTheServicesRefusal() {
        String mutation = """
                mutation($input: EventInput!) {
                  createEvent(input: $input) { id title }
                }
                """;
        Map<String, Object> input = Map.of("title", "Strike on Kyiv", "type", "STRIKE", "date", "2024-11-17", "sources",
                java.util.List.of(Map.of("publisher", "Newsroom")));
        String editor = "Bearer " + Tokens.editor();
        graphql(mutation, Map.of("input", input), editor).body("errors", nullValue()).body("data.createEvent.title",
                equalTo("Strike on Kyiv"));
        Map<String, Object> blank = new java.util.HashMap<>(input);
        blank.put("title", " ");
        graphql(mutation, Map.of("input", blank), editor)
                .body("errors[0].message", containsString("title: must not be blank"))
                .body("errors[0].extensions.service", equalTo("event-service"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("title"));
        assertEquals(java.util.List.of(editor, editor), FakeServices.AUTHORIZATIONS);
    }

    @Test
    void theTimelineMergesTheThreeServicesNewestFirst() {
        var page = graphql("""
                {
                  timeline(from: "2024-11-01", to: "2024-11-30", first: 6) {
                    edges { cursor node { __typename ... on Event { date } ... on CasualtyClaim { asOf }
                      ... on AidPledge { announcedOn } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """).body("errors", nullValue()).body("data.timeline.edges", hasSize(6))
                .body("data.timeline.pageInfo.hasNextPage", equalTo(true)).extract();
        List<String> types = page.path("data.timeline.edges.node.__typename");
        assertEquals(Set.of("Event", "CasualtyClaim", "AidPledge"), new HashSet<>(types));
        List<Map<String, String>> nodes = page.path("data.timeline.edges.node");
        List<String> dates = nodes.stream()
                .map(n -> n.values().stream().filter(v -> v.startsWith("2024")).findFirst().orElseThrow()).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);
        assertEquals(3, FakeServices.totalCalls(), "one call per service");
        graphql("{ timeline(from: \"2024-11-01\", to: \"2024-11-30\", after: \"nonsense\") { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("bad-argument"));
        assertEquals(3, FakeServices.totalCalls());
    }

    @Test
    void anUnknownIdIsNullNotAnError() {
        graphql("{ event(id: \"00000000-0000-4000-8000-999999999999\") { id } }").body("data.event", nullValue())
                .body("errors", nullValue());
    }

    @Test
    void queriesWorkOverGetWithTheGraphQLResponseMediaType() {
        given().accept("application/graphql-response+json")
                .queryParam("query", "{ events(first: 2) { edges { cursor } } }").get("/graphql").then().statusCode(200)
                .contentType(containsString("application/graphql-response+json")).body("data.events.edges", hasSize(2));
    }

    @Test
    void theSchemaDescribesTheContract() {
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("events(\n"))
                .body(containsString("input FigureInput {")).body(containsString("casualtySummary("))
                .body(containsString("aidTotals(")).body(containsString("timeline("))
                .body(containsString("union TimelineItem")).body(containsString("changeAidPledgeStatus("))
                .body(containsString("\"The active casualty claims about this event\""));
    }

    @Test
    void theGatewayIsReadyWhateverTheServices() {
        FakeServices.DOWN.add("event-service");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
