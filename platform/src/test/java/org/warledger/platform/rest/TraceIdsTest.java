package org.warledger.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TraceIdsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aValidTraceparentGivesItsTraceId() {
        assertEquals(TRACE_ID, TraceIds.fromTraceparent("00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
        assertEquals(TRACE_ID, TraceIds.fromTraceparent(" 00-" + TRACE_ID + "-00f067aa0ba902b7-00 "));
        assertEquals(TRACE_ID, TraceIds.fromTraceparent("01-" + TRACE_ID + "-00f067aa0ba902b7-01-future"));
    }

    @Test
    void anAbsentOrInvalidTraceparentGivesNone() {
        assertNull(TraceIds.fromTraceparent(null));
        assertNull(TraceIds.fromTraceparent(""));
        assertNull(TraceIds.fromTraceparent(TRACE_ID));
        assertNull(TraceIds.fromTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"));
        assertNull(TraceIds.fromTraceparent("ff-" + TRACE_ID + "-00f067aa0ba902b7-01"));
        assertNull(TraceIds.fromTraceparent("00-" + TRACE_ID.toUpperCase() + "-00f067aa0ba902b7-01"));
        assertNull(TraceIds.fromTraceparent("00-" + TRACE_ID + "-00f067aa0ba902b-01"));
        assertNull(TraceIds.fromTraceparent("00-" + TRACE_ID + "\"}-00f067aa0ba902b7-01"));
    }
}
