package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/**
 * A GraphQL client's {@code Idempotency-Key} reaches the service's create, so that repeating a create whose answer was
 * lost leaves one record. event-service is played by a small HTTP server that honours the key as the services do: the
 * same key answers the record it created the first time.
 */
@QuarkusTest
@TestProfile(IdempotencyKeyTest.ShortWrites.class)
class IdempotencyKeyTest {

    /** event-service is the fake below, and a create gets 3 s (not 10) before the gateway gives up on it. */
    public static class ShortWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.fault-tolerance.\"org.warledger.gateway.client.EventServiceClient/create\""
                    + ".timeout.value", "3000");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeEventService.class));
        }
    }

    private static final String CREATE = """
            mutation($input: EventInput!) { createEvent(input: $input) { id title } }
            """;
    private static final Map<String, Object> INPUT = Map.of("title", "Strike on Kyiv", "type", "STRIKE", "date",
            "2024-11-17", "sources", List.of(Map.of("publisher", "Newsroom")));

    @BeforeEach
    void reset() {
        FakeEventService.reset();
    }

    private static ValidatableResponse post(String query, Map<String, Object> variables, String key) {
        var request = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", query, "variables", variables));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/graphql").then();
    }

    @Test
    void aCreateThatTimesOutAndIsRepeatedWithTheSameKeyLeavesOneRecord() {
        FakeEventService.holdFirstAnswer();
        post(CREATE, Map.of("input", INPUT), "create-strike-1").statusCode(200).body("data.createEvent", nullValue())
                .body("errors[0].extensions.service", equalTo("event-service"))
                .body("errors[0].message", containsString("did not answer in time"));
        // The service still commits the first create after the gateway gave up on it.
        FakeEventService.releaseFirstAnswer();
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> FakeEventService.ANSWERED.get() == 1);

        String id = post(CREATE, Map.of("input", INPUT), "create-strike-1").statusCode(200).body("errors", nullValue())
                .body("data.createEvent.title", equalTo("Strike on Kyiv")).extract().path("data.createEvent.id");

        assertEquals(List.of("create-strike-1:createEvent", "create-strike-1:createEvent"), FakeEventService.KEYS,
                "both attempts carried the same key");
        assertEquals(1, FakeEventService.CREATED.size(), "one record");
        assertEquals(FakeEventService.CREATED.values().iterator().next().get("id"), id,
                "the repeat answers the record created first");
    }

    @Test
    void eachCreateOfOneRequestGetsAKeyOfItsOwn() {
        post("""
                mutation($input: EventInput!) {
                  a: createEvent(input: $input) { id }
                  b: createEvent(input: $input) { id }
                  createEvent(input: $input) { id }
                }
                """, Map.of("input", INPUT), "batch-7").statusCode(200).body("errors", nullValue()).body("data.a.id",
                notNullValue());
        assertEquals(List.of("batch-7:a", "batch-7:b", "batch-7:createEvent"), FakeEventService.KEYS);
        assertEquals(3, FakeEventService.CREATED.size());
    }

    @Test
    void aMutationWithoutTheHeaderSendsNone() {
        post(CREATE, Map.of("input", INPUT), null).statusCode(200).body("errors", nullValue());
        assertEquals(1, FakeEventService.KEYS.size());
        assertNull(FakeEventService.KEYS.get(0));
    }

    @Test
    void aLongKeyIsPassedOnAsADigestWithinTheServicesLimit() {
        String key = "k".repeat(200);
        post(CREATE, Map.of("input", INPUT), key).statusCode(200).body("errors", nullValue());
        String sent = FakeEventService.KEYS.get(0);
        assertNotNull(sent);
        assertTrue(sent.startsWith("sha256:") && sent.length() == 71, sent);
    }

    @Test
    void aKeyTheServicesWouldRefuseIsRefusedAtTheEdgeWithoutACall() {
        for (String bad : List.of("k".repeat(201), "caf\u00e9", "tab\there", "")) {
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.editor())
                    .header("Idempotency-Key", bad).body(Map.of("query", CREATE, "variables", Map.of("input", INPUT)))
                    .post("/graphql").then().statusCode(400).contentType(containsString("application/problem+json"))
                    .body("status", equalTo(400)).body("detail", containsString("Idempotency-Key"));
        }
        given().contentType(ContentType.JSON).header("Idempotency-Key", "one").header("Idempotency-Key", "two")
                .body(Map.of("query", CREATE, "variables", Map.of("input", INPUT))).post("/graphql").then()
                .statusCode(400).body("detail", containsString("Idempotency-Key headers"));
        assertTrue(FakeEventService.KEYS.isEmpty(), "nothing reached the service");
    }

    /**
     * event-service's create, honouring {@code Idempotency-Key} as the services do: a key seen before answers the
     * record it created, without creating another. It records the key of every create it receives, and can hold its
     * first answer back until the test releases it.
     */
    public static class FakeEventService implements QuarkusTestResourceLifecycleManager {

        static final List<String> KEYS = new CopyOnWriteArrayList<>();
        static final Map<String, Map<String, Object>> CREATED = new ConcurrentHashMap<>();
        static final AtomicInteger ANSWERED = new AtomicInteger();
        private static final ObjectMapper JSON = new ObjectMapper();
        private static volatile CountDownLatch firstAnswer = new CountDownLatch(0);
        private HttpServer server;

        static void reset() {
            KEYS.clear();
            CREATED.clear();
            ANSWERED.set(0);
            firstAnswer = new CountDownLatch(0);
        }

        static void holdFirstAnswer() {
            firstAnswer = new CountDownLatch(1);
        }

        static void releaseFirstAnswer() {
            firstAnswer.countDown();
        }

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/api/events", this::create);
            server.start();
            return Map.of("quarkus.rest-client.event-service.url", "http://localhost:" + server.getAddress().getPort());
        }

        private void create(HttpExchange exchange) throws IOException {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> input = JSON.readValue(exchange.getRequestBody(), Map.class);
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                boolean first = KEYS.isEmpty();
                KEYS.add(key);
                Map<String, Object> record = key == null ? null : CREATED.get(key);
                boolean created = record == null;
                if (created) {
                    record = new HashMap<>(FakeServices.event(1));
                    record.put("id", UUID.randomUUID().toString());
                    record.put("title", input.get("title"));
                    CREATED.put(key == null ? UUID.randomUUID().toString() : key, record);
                }
                if (first) {
                    firstAnswer.await(10, TimeUnit.SECONDS);
                }
                byte[] body = JSON.writeValueAsBytes(record);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(created ? 201 : 200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException gatewayGone) {
                // The gateway stopped waiting: the record stays created, as a service's commit would.
            } finally {
                ANSWERED.incrementAndGet();
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
