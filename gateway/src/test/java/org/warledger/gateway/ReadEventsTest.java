package org.warledger.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events a query has read already are not asked for again by a later field of the same query: event-service is asked
 * only for the events the query has not read, or read with fewer properties than the later field shows; nothing is kept
 * from one request to the next.
 */
@QuarkusTest
class ReadEventsTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void theClaimsAndPledgesOfListedEventsGetTheirEventsWithoutALookUp() {
        GatewayTest.graphql("""
                { events(first: 5) { edges { node { id title
                    casualtyClaims { id event { id title } } aidPledges { id event { title } } } } } }
                """).body("errors", nullValue()).body("data.events.edges", hasSize(5))
                .body("data.events.edges[0].node.casualtyClaims[0].event.title", equalTo("Event 40"))
                .body("data.events.edges[4].node.aidPledges[0].event.title", equalTo("Event 36"))
                .body("data.events.edges[2].node.casualtyClaims[0].event.id", equalTo(FakeServices.eventId(38)));
        assertEquals(List.of(), FakeServices.eventLookUps(), "the claims' and pledges' events are the events listed");
        assertEquals(1, FakeServices.calls("event-service"));
    }

    @Test
    void onlyTheEventsNotListedAreLookedUp() {
        // The list shows events 40 to 31; the claims list has the claims of events 40 to 21.
        GatewayTest.graphql("""
                { events(first: 10) { edges { node { id } } }
                  casualtyClaims(first: 20) { edges { node { id event { id title } } } } }
                """).body("errors", nullValue()).body("data.casualtyClaims.edges", hasSize(20))
                .body("data.casualtyClaims.edges[0].node.event.title", equalTo("Event 40"))
                .body("data.casualtyClaims.edges[19].node.event.title", equalTo("Event 21"))
                .body("data.casualtyClaims.edges[19].node.event.id", equalTo(FakeServices.eventId(21)));
        assertEquals(List.of(ids(21, 30)), FakeServices.eventLookUps());
    }

    @Test
    void aPropertyShownOnlyUnderTheClaimsComesWithTheListAndTheListedEventsAreReused() {
        // One fieldset per type and document: the list asks for Event.summary too, which only the claims' events show.
        GatewayTest.graphql("""
                { events(first: 3) { edges { node { id } } }
                  casualtyClaims(first: 3) { edges { node { event { id summary } } } } }
                """).body("errors", nullValue());
        assertEquals(List.of(), FakeServices.eventLookUps());
        assertEquals(List.of("id,summary"), FakeServices.FIELDS.stream()
                .filter(f -> f.get(0).equals("/fake/events/api/events")).map(f -> f.get(1)).toList());
    }

    @Test
    void aSecondRequestLooksItsEventsUpAgain() {
        String query = "{ casualtyClaims(first: 2) { edges { node { event { title } } } } }";
        GatewayTest.graphql(query).body("errors", nullValue());
        GatewayTest.graphql(query).body("errors", nullValue()).body("data.casualtyClaims.edges.node.event.title",
                equalTo(List.of("Event 40", "Event 39")));
        assertEquals(List.of(ids(39, 40), ids(39, 40)), FakeServices.eventLookUps());
    }

    @Test
    void anEventLookedUpByIdIsNotLookedUpAgainForItsClaims() {
        GatewayTest.graphql("""
                { event(id: "%s") { title }
                  casualtyClaims(first: 3) { edges { node { event { title } } } } }
                """.formatted(FakeServices.eventId(39))).body("errors", nullValue())
                .body("data.event.title", equalTo("Event 39")).body("data.casualtyClaims.edges.node.event.title",
                        equalTo(List.of("Event 40", "Event 39", "Event 38")));
        // The claims' events are looked up once every field of the first level has its answer, event(id)'s too.
        assertEquals(List.of(new TreeSet<>(Set.of(FakeServices.eventId(38), FakeServices.eventId(40)))),
                FakeServices.eventLookUps());
    }

    /** The fake events from {@code low} to {@code high}. */
    private static Set<String> ids(int low, int high) {
        return IntStream.rangeClosed(low, high).mapToObj(FakeServices::eventId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
