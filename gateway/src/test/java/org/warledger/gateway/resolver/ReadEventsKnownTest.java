package org.warledger.gateway.resolver;

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
        assertSame(e1, known.reusable("e1", "id,title"));
        assertSame(e1, known.reusable("e1", "id"));
        assertSame(e1, known.reusable("e1", "title,id"));
        assertNull(known.reusable("e1", "id,summary"), "summary was not read");
        assertNull(known.reusable("e1", null), "a whole event was not read");
        assertNull(known.reusable("e2", "id"), "e2 was not read");
    }

    @Test
    void aWholeEventAnswersForAnyProperties() {
        ReadEvents.Known known = new ReadEvents.Known();
        Event whole = event("e1", "One");
        known.remember(null, List.of(whole));
        assertSame(whole, known.reusable("e1", null));
        assertSame(whole, known.reusable("e1", "id,summary,sources"));
    }

    @Test
    void ofTwoReadsOfAnEventTheFullerIsKept() {
        ReadEvents.Known known = new ReadEvents.Known();
        Event narrow = event("e1", "narrow");
        Event wide = event("e1", "wide");
        known.remember("id,title,summary", List.of(wide));
        known.remember("id", List.of(narrow));
        assertSame(wide, known.reusable("e1", "summary"), "a narrower read does not replace a wider one");
        Event whole = event("e1", "whole");
        known.remember(null, List.of(whole));
        assertSame(whole, known.reusable("e1", null));
        known.remember("id,title,summary", List.of(wide));
        assertSame(whole, known.reusable("e1", "summary"), "nothing replaces a whole read");
    }

    @Test
    void outsideAQueryNothingIsRememberedOrReused() {
        ReadEvents.Known.NONE.remember(null, List.of(event("e1", "One")));
        assertNull(ReadEvents.Known.NONE.reusable("e1", "id"));
    }
}
