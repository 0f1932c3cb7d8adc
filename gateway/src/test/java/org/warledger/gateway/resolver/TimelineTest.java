package org.warledger.gateway.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.Connections.TimelineConnection;
import org.warledger.gateway.schema.Connections.TimelineEdge;
import org.warledger.gateway.schema.Event;

/** The timeline's merge, on slices as the services would answer them. */
class TimelineTest {

    private static Event event(String id, int day) {
        return new Event(id, 0, id, null, LocalDate.of(2024, 11, day), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static AidPledge pledge(String id, int day) {
        return new AidPledge(id, 0, id, null, null, null, null, null, LocalDate.of(2024, 11, day), null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    private static Timeline.Source<Event> events(Cursors.Position at, String next, Event... items) {
        return Timeline.source(new Pages.Slice<>(at, List.of(items), next), Function.identity(), Event::date,
                Event::id);
    }

    private static Timeline.Source<AidPledge> pledges(Cursors.Position at, String next, AidPledge... items) {
        return Timeline.source(new Pages.Slice<>(at, List.of(items), next), Function.identity(), AidPledge::announcedOn,
                AidPledge::id);
    }

    private static List<String> ids(TimelineConnection page) {
        return page.edges().stream().map(TimelineEdge::node)
                .map(n -> n instanceof Event e ? e.id() : ((AidPledge) n).id()).toList();
    }

    private static List<Cursors.Position> end(TimelineConnection page) {
        return Cursors.readTimeline(page.pageInfo().endCursor(), 2);
    }

    @Test
    void itemsComeNewestFirstThenByIdAndEachServiceKeepsItsOwnPlace() {
        TimelineConnection page = Timeline.merge(3,
                List.of(events(Cursors.Position.START, "E-next", event("e3", 20), event("e2", 18)),
                        pledges(Cursors.Position.START, null, pledge("p2", 20), pledge("p1", 19))));
        assertEquals(List.of("p2", "e3", "p1"), ids(page));
        assertTrue(page.pageInfo().hasNextPage());
        assertEquals(List.of(new Cursors.Position(null, 1), new Cursors.Position(null, 2)), end(page));
    }

    @Test
    void aServicesPageShownToTheEndLeavesItsOwnCursorAsItsPlace() {
        TimelineConnection page = Timeline.merge(2,
                List.of(events(Cursors.Position.START, "E-next", event("e3", 20), event("e2", 19)),
                        pledges(Cursors.Position.START, null, pledge("p1", 1))));
        assertEquals(List.of("e3", "e2"), ids(page));
        assertEquals(new Cursors.Position("E-next", 0), end(page).get(0));
        assertEquals(Cursors.Position.START, end(page).get(1));
    }

    @Test
    void thePageEndsWhereAServiceWithMoreHasNothingLeftInItsSlice() {
        // Only one event was asked for and it is used up; what event-service has next is unknown, so the older
        // pledge must wait for the next page.
        TimelineConnection page = Timeline.merge(5, List.of(events(Cursors.Position.START, "E-next", event("e3", 20)),
                pledges(Cursors.Position.START, null, pledge("p2", 20), pledge("p1", 2))));
        assertEquals(List.of("p2", "e3"), ids(page));
        assertTrue(page.pageInfo().hasNextPage());
    }

    @Test
    void itemsAlreadyShownAreSkippedAndTheLastPageSaysSo() {
        TimelineConnection page = Timeline.merge(5,
                List.of(events(new Cursors.Position("E-1", 1), null, event("e2", 19), event("e1", 18)),
                        pledges(new Cursors.Position(null, 2), null, pledge("p2", 20), pledge("p1", 19))));
        assertEquals(List.of("e1"), ids(page));
        assertFalse(page.pageInfo().hasNextPage());
        assertEquals(List.of(new Cursors.Position("E-1", 2), new Cursors.Position(null, 2)), end(page));
    }
}
