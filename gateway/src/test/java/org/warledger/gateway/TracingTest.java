package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.OtlpReceiver.Received;
import org.warledger.testing.Tokens;

/**
 * The gateway and the three packaged services with tracing on, exporting to one OTLP receiver: a GraphQL request is one
 * trace from the gateway through each service down to its SQL, and every problem names the trace of its request.
 */
@QuarkusTest
@TestProfile(TracedServices.Profile.class)
class TracingTest {

    private static final List<String> APPS = List.of("gateway", "event-service", "casualty-service", "aid-service");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEX32 = "[0-9a-f]{32}";

    /** A W3C traceparent of a sampled trace started by the test, the client of the gateway. */
    private record Parent(String traceId, String spanId) {
        static Parent random() {
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            RANDOM.nextBytes(trace);
            RANDOM.nextBytes(span);
            return new Parent(HexFormat.of().formatHex(trace), HexFormat.of().formatHex(span));
        }

        String header() {
            return "00-" + traceId + "-" + spanId + "-01";
        }
    }

    private static io.restassured.response.ValidatableResponse graphql(String query, Map<String, Object> variables,
            String token, Parent parent) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (parent != null) {
            request.header("traceparent", parent.header());
        }
        return request.post("/graphql").then().statusCode(200);
    }

    /** Waits, at most a minute, until the receiver holds spans of the trace that satisfy the condition. */
    private static List<Received> awaitTrace(String traceId, Predicate<List<Received>> complete) {
        return Awaitility.await("spans of trace " + traceId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(() -> TracedServices.receiver.trace(traceId), complete);
    }

    private static boolean isDb(Received span) {
        return span.attributes().containsKey("db.system") || span.attributes().containsKey("db.system.name");
    }

    private static boolean hasServer(List<Received> spans, String app) {
        return spans.stream().anyMatch(s -> s.service().equals(app) && s.kind() == SpanKind.SPAN_KIND_SERVER);
    }

    @Test
    void aComposedQueryIsOneTraceWithSpansInTheGatewayAndInEachServiceDownToItsSql() {
        String day = "2022-03-0" + (1 + RANDOM.nextInt(9));
        List<Map<String, String>> sources = List.of(Map.of("publisher", "Newsroom", "quote", "reported"));
        String eventId = graphql("mutation($in: EventInput!) { createEvent(input: $in) { id } }",
                Map.of("in", Map.of("title", "Traced strike", "type", "STRIKE", "date", day, "sources", sources)),
                Tokens.editor(), null).body("errors", nullValue()).extract().path("data.createEvent.id");
        graphql("mutation($in: CasualtyClaimInput!) { createCasualtyClaim(input: $in) { id } }",
                Map.of("in",
                        Map.of("claimant", "Ukrainian Air Force", "subject", "UA", "category", "KILLED", "figure",
                                Map.of("qualifier", "AT_LEAST", "value", 3), "scope",
                                Map.of("kind", "INTERVAL", "from", day, "to", day), "asOf", day, "eventId", eventId,
                                "sources", sources)),
                Tokens.editor(), null).body("errors", nullValue());
        graphql("mutation($in: AidPledgeInput!) { createAidPledge(input: $in) { id } }",
                Map.of("in",
                        Map.of("title", "Traced aid", "donor", "EU", "recipient", "UA", "kind", "PLEDGE", "type",
                                "HUMANITARIAN", "announcedOn", day, "eventId", eventId, "value",
                                Map.of("amount", "1000.00", "currency", "EUR"), "sources", sources)),
                Tokens.editor(), null).body("errors", nullValue());

        Parent client = Parent.random();
        graphql("""
                {
                  events(first: 10, from: "%s", to: "%s") {
                    edges { node { id title
                      casualtyClaims { figure { value } }
                      aidPledges { value { amount currency } }
                    } }
                  }
                }
                """.formatted(day, day), Map.of(), null, client).body("errors", nullValue())
                .body("data.events.edges.find { it.node.id == '" + eventId + "' }.node.casualtyClaims[0].figure.value",
                        equalTo(3))
                .body("data.events.edges.find { it.node.id == '" + eventId + "' }.node.aidPledges[0].value.currency",
                        equalTo("EUR"));

        List<Received> trace = awaitTrace(client.traceId(),
                spans -> APPS.stream().allMatch(app -> hasServer(spans, app)) && APPS.subList(1, 4).stream()
                        .allMatch(app -> spans.stream().anyMatch(s -> s.service().equals(app) && isDb(s))));

        assertEquals(Set.copyOf(APPS), trace.stream().map(Received::service).collect(Collectors.toSet()),
                "the apps with spans in the trace");
        Received gateway = trace.stream()
                .filter(s -> s.service().equals("gateway") && s.kind() == SpanKind.SPAN_KIND_SERVER).findFirst()
                .orElseThrow();
        assertEquals(client.spanId(), gateway.parentSpanId(), "the gateway continues its client's trace");
        Set<String> gatewayCalls = trace.stream()
                .filter(s -> s.service().equals("gateway") && s.kind() == SpanKind.SPAN_KIND_CLIENT)
                .map(Received::spanId).collect(Collectors.toSet());
        assertFalse(gatewayCalls.isEmpty(), "the gateway's calls to the services are spans");
        Map<String, Received> byId = trace.stream().collect(Collectors.toMap(Received::spanId, s -> s, (a, b) -> a));
        for (String service : APPS.subList(1, 4)) {
            List<Received> servers = trace.stream()
                    .filter(s -> s.service().equals(service) && s.kind() == SpanKind.SPAN_KIND_SERVER).toList();
            assertTrue(servers.stream().allMatch(s -> gatewayCalls.contains(s.parentSpanId())),
                    service + "'s requests are children of the gateway's calls: " + servers);
            List<Received> sql = trace.stream().filter(s -> s.service().equals(service) && isDb(s)).toList();
            for (Received statement : sql) {
                Received ancestor = statement;
                while (ancestor != null && ancestor.kind() != SpanKind.SPAN_KIND_SERVER) {
                    ancestor = byId.get(ancestor.parentSpanId());
                }
                assertTrue(ancestor != null && ancestor.service().equals(service),
                        "the statement " + statement.name() + " runs inside a request of " + service);
            }
        }
    }

    @Test
    void aServicesProblemNamesTheTraceOfItsRequest() {
        String path = "/api/events/" + UUID.randomUUID();
        String traceId = given().baseUri(RealServices.url("event-service")).get(path).then().statusCode(404)
                .contentType("application/problem+json").body("traceId", matchesPattern(HEX32)).extract()
                .path("traceId");
        awaitTrace(traceId, spans -> spans.stream().anyMatch(s -> s.service().equals("event-service")
                && s.kind() == SpanKind.SPAN_KIND_SERVER && s.parentSpanId().isEmpty()));

        Parent caller = Parent.random();
        given().baseUri(RealServices.url("event-service")).header("traceparent", caller.header()).get(path).then()
                .statusCode(404).body("traceId", equalTo(caller.traceId()));
        given().baseUri(RealServices.url("casualty-service")).header("traceparent", caller.header())
                .get("/api/casualty-claims;x=1").then().statusCode(400).contentType("application/problem+json")
                .body("traceId", equalTo(caller.traceId()));
    }

    @Test
    void theGatewaysProblemsAndGraphQlErrorsNameTheTraceOfTheirRequest() {
        String traceId = given().contentType("text/plain").body("{ events { edges { node { id } } } }").post("/graphql")
                .then().statusCode(415).contentType("application/problem+json").body("traceId", matchesPattern(HEX32))
                .extract().path("traceId");
        awaitTrace(traceId, spans -> hasServer(spans, "gateway"));

        Parent client = Parent.random();
        graphql("{ nothingHere }", Map.of(), null, client).body("errors[0].extensions.traceId",
                equalTo(client.traceId()));

        Parent editor = Parent.random();
        graphql("mutation($in: EventInput!) { createEvent(input: $in) { id } }",
                Map.of("in",
                        Map.of("title", " ", "type", "STRIKE", "date", "2022-03-01", "sources",
                                List.of(Map.of("publisher", "Newsroom")))),
                Tokens.editor(), editor).body("data.createEvent", nullValue())
                        .body("errors[0].extensions.service", equalTo("event-service"))
                        .body("errors[0].extensions.status", equalTo(400))
                        .body("errors[0].extensions.traceId", equalTo(editor.traceId()));
        awaitTrace(editor.traceId(), spans -> hasServer(spans, "event-service"));
    }
}
