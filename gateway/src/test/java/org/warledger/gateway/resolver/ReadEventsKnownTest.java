package org.warledger.gateway.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.schema.Event;

/** When an event read earlier in a query may answer a later field of it. */
class ReadEventsKnownTest {

    private static Event event(String id, String title) {
        return new Event(id, 0, title, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void anEventReadWithSomePropertiesAnswersForThoseAndNoOthers() {
        ReadEvents.Known known = new ReadEvents.Known();
        Event e1 = event("e1", "One");
        known.remember("id,title", List.of(e1));
        assertSame(e1, known.reusable(List.of("e1"), "id,title").get("e1"));
        assertSame(e1, known.reusable(List.of("e1"), "id").get("e1"));
        assertSame(e1, known.reusable(List.of("e1"), "title,id").get("e1"));
        assertNull(known.reusable(List.of("e1"), "id,summary").get("e1"), "summary was not read");
        assertNull(known.reusable(List.of("e1"), null).get("e1"), "a whole event was not read");
        assertNull(known.reusable(List.of("e2"), "id").get("e2"), "e2 was not read");
    }

    @Test
    void aWholeEventAnswersForAnyProperties() {
        ReadEvents.Known known = new ReadEvents.Known();
        Event whole = event("e1", "One");
        known.remember(null, List.of(whole));
        assertSame(whole, known.reusable(List.of("e1"), null).get("e1"));
        assertSame(whole, known.reusable(List.of("e1"), "id,summary,sources").get("e1"));
    }

    @Test
    void ofTwoReadsOfAnEventTheFullerIsKept() {
        ReadEvents.Known known = new ReadEvents.Known();
        Event narrow = event("e1", "narrow");
        Event wide = event("e1", "wide");
        known.remember("id,title,summary", List.of(wide));
        known.remember("id", List.of(narrow));
        assertSame(wide, known.reusable(List.of("e1"), "summary").get("e1"),
                "a narrower read does not replace a wider one");
        Event whole = event("e1", "whole");
        known.remember(null, List.of(whole));
        assertSame(whole, known.reusable(List.of("e1"), null).get("e1"));
        known.remember("id,title,summary", List.of(wide));
        assertSame(whole, known.reusable(List.of("e1"), "summary").get("e1"), "nothing replaces a whole read");
    }

    @Test
    void ofSeveralIdsOnlyThoseReadComeBack() {
        ReadEvents.Known known = new ReadEvents.Known();
        Event e1 = event("e1", "One");
        Event e3 = event("e3", "Three");
        known.remember("id,title", List.of(e1, e3));
        assertEquals(java.util.Map.of("e1", e1, "e3", e3), known.reusable(List.of("e1", "e2", "e3"), "title"));
        assertEquals(java.util.Map.of(), new ReadEvents.Known().reusable(List.of("e1"), "title"));
    }

    @Test
    void outsideAQueryNothingIsRememberedOrReused() {
        ReadEvents.Known.NONE.remember(null, List.of(event("e1", "One")));
        assertNull(ReadEvents.Known.NONE.reusable(List.of("e1"), "id").get("e1"));
    }
}
