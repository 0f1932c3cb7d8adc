package org.warledger.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    private static final String NEW = MediaTypes.GRAPHQL_RESPONSE_JSON;
    private static final String JSON = MediaTypes.JSON;

    @Test
    void withoutAnAcceptHeaderOrWithOnlyWildcardsTheAnswerIsJson() {
        assertEquals(JSON, MediaTypes.response(null));
        assertEquals(JSON, MediaTypes.response(" "));
        assertEquals(JSON, MediaTypes.response("*/*"));
        assertEquals(JSON, MediaTypes.response("application/*"));
        assertEquals(JSON, MediaTypes.response("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void aTypeNamedExplicitlyWinsOverAWildcardAndQualityDecidesBetweenTheTwo() {
        assertEquals(NEW, MediaTypes.response(NEW));
        assertEquals(NEW, MediaTypes.response(NEW + ", */*"));
        assertEquals(NEW, MediaTypes.response(JSON + ", " + NEW));
        assertEquals(JSON, MediaTypes.response(JSON + ", " + NEW + "; q=0.5"));
        assertEquals(NEW, MediaTypes.response("APPLICATION/GRAPHQL-RESPONSE+JSON;charset=utf-8"));
        assertEquals(JSON, MediaTypes.response(NEW + ";q=0, */*"));
    }

    @Test
    void anAcceptThatAllowsNeitherTypeIsNotAcceptable() {
        assertNull(MediaTypes.response("text/html"));
        assertNull(MediaTypes.response(JSON + ";q=0"));
        assertNull(MediaTypes.response("*/*;q=0"));
        assertNull(MediaTypes.response(JSON + ";q=nonsense"));
    }

    @Test
    void bodiesAreJsonOrTheDocumentInUtf8() {
        assertEquals(MediaTypes.Body.JSON, MediaTypes.body("application/json"));
        assertEquals(MediaTypes.Body.JSON, MediaTypes.body("Application/JSON; charset=\"UTF-8\""));
        assertEquals(MediaTypes.Body.DOCUMENT, MediaTypes.body("application/graphql;charset=utf-8"));
        assertNull(MediaTypes.body(null));
        assertNull(MediaTypes.body("text/plain"));
        assertNull(MediaTypes.body("application/json; charset=iso-8859-1"));
        assertNull(MediaTypes.body("application/x-www-form-urlencoded"));
    }
}
