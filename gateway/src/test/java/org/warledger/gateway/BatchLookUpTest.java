package org.warledger.gateway;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;

/**
 * Batch look-ups of many keys are split so that no request line outgrows what a service accepts by default (4,096
 * bytes), and every key is still looked up.
 */
@QuarkusTest
@TestProfile(BatchLookUpTest.Patient.class)
class BatchLookUpTest {

    /**
     * Pages of 200 events are slow to compose on a busy test machine, where the fakes share the gateway's event loop:
     * the services get 10 s to answer, so that the test is about sizes, not time. The look-ups are sized for a service
     * left at the 4,096-byte request-line default (3,072 characters of keys), the tightest setting there is.
     */
    public static class Patient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>();
            settings.putAll(ReadSettings.of(EventServiceClient.class, "timeout.value", "10000"));
            settings.putAll(ReadSettings.of(CasualtyServiceClient.class, "timeout.value", "10000"));
            settings.putAll(ReadSettings.of(AidServiceClient.class, "timeout.value", "10000"));
            settings.put("quarkus.rest-client.read-timeout", "10000");
            settings.put("warledger.batches.max-keys-length", "3072");
            return settings;
        }
    }

    /** What an HTTP server accepts by default as a request line: {@code GET <uri> HTTP/1.1}. */
    private static final int DEFAULT_LINE_LIMIT = 4096;

    @BeforeEach
    void reset() {
        FakeServices.reset();
        FakeServices.events = 200;
    }

    @Test
    void twoAliasedPagesOfAHundredEventsGetTheirClaimsPledgesAndTheClaimsEvents() {
        String endCursor = GatewayTest.graphql("{ events(first: 100) { pageInfo { endCursor } } }").extract()
                .path("data.events.pageInfo.endCursor");
        FakeServices.reset();
        FakeServices.events = 200;
        var answer = GatewayTest.graphql("""
                query($after: String) {
                  a: events(first: 100) { edges { node { id casualtyClaims { id event { id } } aidPledges { id } } } }
                  b: events(first: 100, after: $after) {
                    edges { node { id casualtyClaims { id event { id } } aidPledges { id } } }
                  }
                }
                """, Map.of("after", endCursor), null).body("errors", nullValue()).body("data.a.edges", hasSize(100))
                .body("data.b.edges", hasSize(100)).body("data.a.edges.node.casualtyClaims", everyItem(hasSize(1)))
                .body("data.b.edges.node.casualtyClaims", everyItem(hasSize(1)))
                .body("data.b.edges.node.aidPledges", everyItem(hasSize(1))).extract();
        List<String> ids = answer.path("data.b.edges.node.id");
        List<String> claimEvents = answer.path("data.b.edges.node.casualtyClaims.event.id.flatten()");
        assertEquals(ids, claimEvents, "each claim's event is the event it hangs under");
        Set<String> all = new HashSet<>(answer.path("data.a.edges.node.id"));
        all.addAll(ids);
        assertEquals(200, all.size());

        // 200 event ids at 39 characters each take at least three calls of at most 78 ids per look-up (four when the
        // two pages' parents come in two batches), each request line within the default limit.
        assertTrue(FakeServices.calls("casualty-service") >= 3 && FakeServices.calls("casualty-service") <= 4);
        assertTrue(FakeServices.calls("aid-service") >= 3 && FakeServices.calls("aid-service") <= 4);
        // The claims' events are the events the two pages listed: read already, they are looked up no more.
        assertEquals(2, FakeServices.calls("event-service"), "the two pages only: " + FakeServices.URIS);
        assertTrue(FakeServices.URIS.stream().noneMatch(uri -> uri.contains("ids=")), "no look-up by ids");
        assertLinesFit();
    }

    private static void assertLinesFit() {
        assertTrue(
                FakeServices.URIS.stream().allMatch(uri -> ("GET " + uri + " HTTP/1.1").length() <= DEFAULT_LINE_LIMIT),
                "request lines: " + FakeServices.URIS.stream().map(String::length).toList());
    }

    @Test
    void aHundredAndFiftyIdsInOneLookUpAllComeBack() {
        // The claims of a claims list, not of an events list: their events have not been read, and are looked up.
        var answer = GatewayTest.graphql("""
                { casualtyClaims(first: 100) { edges { node { id eventId event { id } } } }
                  more: casualtyClaims(first: 50, subject: "RU") { edges { node { id eventId event { id } } } } }
                """).body("errors", nullValue()).body("data.casualtyClaims.edges", hasSize(100))
                .body("data.more.edges", hasSize(50)).extract();
        List<String> eventIds = new java.util.ArrayList<>(answer.path("data.casualtyClaims.edges.node.eventId"));
        eventIds.addAll(answer.path("data.more.edges.node.eventId"));
        List<String> claimEvents = new java.util.ArrayList<>(answer.path("data.casualtyClaims.edges.node.event.id"));
        claimEvents.addAll(answer.path("data.more.edges.node.event.id"));
        assertEquals(100, new HashSet<>(eventIds).size(), "the second list repeats 50 events of the first");
        assertEquals(eventIds, claimEvents, "each claim has its own event");
        List<Set<String>> lookUps = FakeServices.eventLookUps();
        assertEquals(FakeServices.calls("event-service"), lookUps.size(), "look-ups only: " + FakeServices.URIS);
        assertTrue(lookUps.size() >= 2 && lookUps.size() <= 3, "100 distinct ids in two or three look-ups");
        Set<String> asked = new HashSet<>();
        lookUps.forEach(asked::addAll);
        assertEquals(new HashSet<>(eventIds), asked, "every event id asked for");
        assertEquals(100, lookUps.stream().mapToInt(Set::size).sum(), "each of them once");
        assertLinesFit();
    }
}
