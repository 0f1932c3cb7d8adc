package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * Tracing is off in tests (as locally by default): a problem still names the trace of a caller that sends a W3C
 * {@code traceparent}, and none otherwise. Writes are logged without their bodies or tokens.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class TraceIdTest {

    @TestHTTPResource("/")
    URL events;

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void everyKindOfProblemNamesTheTraceOfTheCallersTraceparent() {
        given().header("traceparent", TRACEPARENT).get("/api/events/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("traceId", equalTo(TRACE_ID));
        given().header("traceparent", TRACEPARENT).auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/events").then().statusCode(400).body("traceId", equalTo(TRACE_ID))
                .body("violations", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        given().header("traceparent", TRACEPARENT).contentType(ContentType.JSON).body(Map.of()).post("/api/events")
                .then().statusCode(401).body("traceId", equalTo(TRACE_ID));
        given().header("traceparent", TRACEPARENT).get("/api/events;x=1").then().statusCode(400)
                .contentType("application/problem+json").body("traceId", equalTo(TRACE_ID));
    }

    @Test
    void aBodyRefusedBeforeItIsReadNamesTheTraceToo() throws Exception {
        try (Socket socket = new Socket(events.getHost(), events.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "traceparent: " + TRACEPARENT + "\r\nContent-Length: " + 5 * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.endsWith(",\"traceId\":\"" + TRACE_ID + "\"}"), answer);
        }
    }

    @Test
    void aProblemWithoutAValidTraceparentNamesNoTrace() {
        String path = "/api/events/" + UUID.randomUUID();
        given().get(path).then().statusCode(404).body("status", equalTo(404)).body("traceId", nullValue());
        given().header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01").get(path).then()
                .statusCode(404).body("traceId", nullValue());
        given().header("traceparent", "ff-" + TRACE_ID + "-00f067aa0ba902b7-01").get(path).then().statusCode(404)
                .body("traceId", nullValue());
        given().header("traceparent", TRACE_ID).get(path).then().statusCode(404).body("traceId", nullValue());
    }

    @Test
    void aCreateIsLoggedWithTheNewRecordsLocationAndNeverItsBodyOrToken() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Object[] parameters = record.getParameters();
                lines.add(parameters == null ? record.getMessage() : String.format(record.getMessage(), parameters));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.warledger.platform.rest.WriteLog");
        logger.addHandler(handler);
        try {
            String tag = "log" + UUID.randomUUID().toString().substring(0, 8);
            String token = Tokens.editor();
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(SampleEvents.kursk(tag))
                    .post("/api/events").then().statusCode(201).extract().path("id");
            given().get("/api/events/" + id).then().statusCode(200);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("POST /api/events: 201, created ") && l.endsWith(id)),
                    "the create is logged with its location: " + lines);
            assertFalse(lines.stream().anyMatch(l -> l.contains(tag) || l.contains(token) || l.contains("GET ")),
                    "neither the body, the token nor reads are logged: " + lines);
        } finally {
            logger.removeHandler(handler);
        }
    }
}
