package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.Test;

/** The REST clients find no incoming request headers to propagate, as when they found no bean for them. */
class NoIncomingHeadersTest {

    @Test
    void thereAreNoIncomingHeaders() {
        HttpHeaders headers = new NoIncomingHeaders().none();
        assertTrue(headers.getRequestHeaders().isEmpty());
        assertNull(headers.getRequestHeader("Authorization"));
        assertNull(headers.getHeaderString("Authorization"));
        assertTrue(headers.getCookies().isEmpty());
        assertTrue(headers.getAcceptableMediaTypes().isEmpty());
        assertEquals(-1, headers.getLength());
    }
}
