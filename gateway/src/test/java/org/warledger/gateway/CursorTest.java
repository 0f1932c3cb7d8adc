package org.warledger.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services' cursors are opaque to the gateway: its own cursors carry them as the service sent them, and the next
 * page is asked for with exactly that cursor.
 */
@QuarkusTest
class CursorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static JsonNode decode(String cursor) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(cursor));
    }

    private static boolean asked(String path, String serviceCursor) {
        return FakeServices.URIS.stream()
                .anyMatch(uri -> uri.startsWith(path) && uri.contains("after=" + serviceCursor));
    }

    @Test
    void theEndCursorOfAPageHoldsTheServicesCursorUnchangedAndTheNextPageIsAskedWithIt() throws Exception {
        String endCursor = GatewayTest.graphql("{ events(first: 2) { pageInfo { hasNextPage endCursor } } }")
                .body("data.events.pageInfo.hasNextPage", equalTo(true)).extract()
                .path("data.events.pageInfo.endCursor");
        JsonNode wrapped = decode(endCursor);
        assertEquals(FakeServices.eventCursor(39), wrapped.get("after").asText(), "the service's own cursor, as sent");
        assertEquals(0, wrapped.get("skip").asInt());

        GatewayTest
                .graphql("query($after: String) { events(first: 2, after: $after) { edges { node { title } } } }",
                        Map.of("after", endCursor), null)
                .body("errors", nullValue()).body("data.events.edges.node.title", contains("Event 38", "Event 37"));
        assertTrue(asked("/fake/events/api/events?", FakeServices.eventCursor(39)), FakeServices.URIS.toString());
    }

    @Test
    void aCursorInsideAServicesPageContinuesRightAfterItsEdge() {
        List<String> cursors = GatewayTest.graphql("{ events(first: 3) { edges { cursor } } }").extract()
                .path("data.events.edges.cursor");
        GatewayTest
                .graphql("query($after: String) { events(first: 3, after: $after) { edges { node { title } } } }",
                        Map.of("after", cursors.get(0)), null)
                .body("errors", nullValue())
                .body("data.events.edges.node.title", contains("Event 39", "Event 38", "Event 37"));
    }

    @Test
    void aCursorOfOneConnectionIsNotOneOfAnother() {
        String endCursor = GatewayTest.graphql("{ events(first: 2) { pageInfo { endCursor } } }").extract()
                .path("data.events.pageInfo.endCursor");
        FakeServices.reset();
        GatewayTest
                .graphql("query($after: String) { aidPledges(after: $after) { edges { cursor } } }",
                        Map.of("after", endCursor), null)
                .body("errors[0].extensions.code", equalTo("bad-argument"))
                .body("errors[0].extensions.violations[0].field", equalTo("after"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void theTimelinesCursorHoldsEachServicesPlaceAndTheNextPageStartsThere() throws Exception {
        String endCursor = GatewayTest.graphql("""
                {
                  timeline(from: "2024-10-01", to: "2024-12-31", first: 18) {
                    edges { cursor }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """).body("errors", nullValue()).body("data.timeline.edges", hasSize(18))
                .body("data.timeline.pageInfo.hasNextPage", equalTo(true)).extract()
                .path("data.timeline.pageInfo.endCursor");
        JsonNode positions = decode(endCursor).get("services");
        // Events, claims and pledges share their dates: six of each are on the page, newest first.
        assertEquals(3, positions.size());
        for (JsonNode position : positions) {
            assertTrue(position.get("after").isNull(), positions.toString());
            assertEquals(6, position.get("skip").asInt(), positions.toString());
        }

        FakeServices.reset();
        var next = GatewayTest.graphql("""
                query($after: String) {
                  timeline(from: "2024-10-01", to: "2024-12-31", first: 3, after: $after) {
                    edges { node { __typename ... on Event { title } ... on CasualtyClaim { asOf }
                      ... on AidPledge { announcedOn } } }
                  }
                }
                """, Map.of("after", endCursor), null).body("errors", nullValue()).extract();
        List<String> types = next.path("data.timeline.edges.node.__typename");
        assertEquals(List.of("AidPledge", "CasualtyClaim", "Event"), types);
        assertEquals(FakeServices.day(34), next.path("data.timeline.edges[0].node.announcedOn"));
        assertEquals(FakeServices.day(34), next.path("data.timeline.edges[1].node.asOf"));
        assertEquals("Event 34", next.path("data.timeline.edges[2].node.title"));
        assertTrue(
                FakeServices.URIS.stream().anyMatch(uri -> uri.startsWith("/fake/events/") && uri.contains("limit=9")),
                "the six already shown and three more: " + FakeServices.URIS);
    }

    @Test
    void theTimelinesCursorCarriesAServicesOwnCursorOnceItsPageIsShown() throws Exception {
        FakeServices.EMPTY.add("casualty-service");
        FakeServices.EMPTY.add("aid-service");
        String endCursor = GatewayTest.graphql("""
                { timeline(from: "2024-10-01", to: "2024-12-31", first: 6) { pageInfo { hasNextPage endCursor } } }
                """).body("errors", nullValue()).body("data.timeline.pageInfo.hasNextPage", equalTo(true)).extract()
                .path("data.timeline.pageInfo.endCursor");
        JsonNode positions = decode(endCursor).get("services");
        assertEquals(FakeServices.eventCursor(35), positions.get(0).get("after").asText());
        assertEquals(0, positions.get(0).get("skip").asInt());

        GatewayTest.graphql("""
                query($after: String) {
                  timeline(from: "2024-10-01", to: "2024-12-31", first: 2, after: $after) {
                    edges { node { ... on Event { title } } }
                  }
                }
                """, Map.of("after", endCursor), null).body("errors", nullValue())
                .body("data.timeline.edges.node.title", contains("Event 34", "Event 33"));
        assertTrue(asked("/fake/events/api/events?", FakeServices.eventCursor(35)), FakeServices.URIS.toString());
    }

    @Test
    void aTimelineCursorThatWasTamperedWithIsRefusedWithoutACall() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"connection\":\"timeline\",\"services\":[{\"after\":null,\"skip\":-1}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        GatewayTest
                .graphql("query($after: String) { timeline(from: \"2024-10-01\", to: \"2024-12-31\", after: $after)"
                        + " { edges { cursor } } }", Map.of("after", forged), null)
                .body("errors[0].extensions.code", equalTo("bad-argument"));
        assertEquals(0, FakeServices.totalCalls());
    }
}
