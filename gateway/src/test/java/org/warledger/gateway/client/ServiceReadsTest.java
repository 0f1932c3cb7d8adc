package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.client.ServiceReads.Query;

/**
 * The services' reads over Vert.x's HTTP client, against a fake service that records what it is sent: the URL below the
 * service's base path with its parameters encoded, the Accept header, and every kind of answer a service (or what
 * stands in front of it) can give.
 */
class ServiceReadsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What the fake answers next: status, content type and body. */
    private record Answer(int status, String contentType, String body) {
    }

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, String> ACCEPT = new ConcurrentHashMap<>();
    /** The client port of each call received, in order: which connection it came on. */
    private static final List<Integer> CONNECTIONS = new CopyOnWriteArrayList<>();
    private static volatile Answer next;
    private static HttpServer server;
    private static Vertx vertx;
    private static ServiceReads reads;
    private static int closedPort;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", ServiceReadsTest::answer);
        server.start();
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        vertx = Vertx.vertx();
        var config = new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.rest-client.event-service.url",
                        "http://localhost:" + server.getAddress().getPort() + "/fake/events/")
                .withDefaultValue("quarkus.rest-client.down-service.url", "http://localhost:" + closedPort)
                .withDefaultValue("quarkus.rest-client.odd-service.url", "ftp://localhost:21").build();
        reads = new ServiceReads(vertx, MAPPER, config, 1000, 2000, 8, Optional.of(4));
    }

    @AfterAll
    static void stop() {
        reads.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
        server.stop(0);
    }

    @BeforeEach
    void reset() {
        RECEIVED.clear();
        ACCEPT.clear();
        CONNECTIONS.clear();
        next = new Answer(200, "application/json", "{\"items\":[],\"nextCursor\":null}");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String uri = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
                    : "?" + exchange.getRequestURI().getRawQuery());
            RECEIVED.add(uri);
            CONNECTIONS.add(exchange.getRemoteAddress().getPort());
            ACCEPT.put(uri, String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            Answer answer = next;
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static Page<Wire.Event> events(Query query) {
        return reads.service(EventServiceClient.NAME).<Page<Wire.Event>> get("/api/events", query,
                reads.pageOf(Wire.Event.class)).await().atMost(WAIT);
    }

    @Test
    void aPageIsReadFromBelowTheServicesPathWithItsParametersEncodedAndNullsLeftOut() {
        next = new Answer(200, "application/json", """
                {"items":[{"id":"e1","version":3,"title":"Strike on Kharkiv","date":"2024-05-17","unknown":"skipped"}],
                 "nextCursor":"abc"}""");
        Page<Wire.Event> page = events(
                new Query().add("ids", "e1,e2").add("q", "a b+c&d=é").add("after", null).add("limit", 20));
        assertEquals(List.of("/fake/events/api/events?ids=e1%2Ce2&q=a%20b%2Bc%26d%3D%C3%A9&limit=20"), RECEIVED);
        assertEquals("application/json", ACCEPT.get(RECEIVED.get(0)));
        assertEquals(1, page.items().size());
        Wire.Event event = page.items().get(0);
        assertEquals("e1", event.id());
        assertEquals(3, event.version());
        assertEquals("Strike on Kharkiv", event.title());
        assertEquals(LocalDate.of(2024, 5, 17), event.date());
        assertNull(event.summary());
        assertEquals("abc", page.nextCursor());
    }

    @Test
    void aQueryWithoutParametersSendsThePathAlone() {
        events(new Query().add("after", null));
        assertEquals(List.of("/fake/events/api/events"), RECEIVED);
    }

    @Test
    void aProblemAnswerIsARefusalWithItsDetailAndViolations() {
        next = new Answer(400, "application/problem+json", """
                {"title":"Bad Request","status":400,"detail":"limit must be at most 500",
                 "violations":[{"field":"limit","in":"query","message":"must be at most 500"}]}""");
        ServiceException.Rejected refused = assertThrows(ServiceException.Rejected.class,
                () -> events(new Query().add("limit", 501)));
        assertEquals(400, refused.status());
        assertEquals("event-service refused the request: limit must be at most 500", refused.getMessage());
        assertEquals(List.of(new ServiceException.Violation("limit", "query", "must be at most 500")),
                refused.violations());
    }

    @Test
    void aRefusalWhoseBodyIsNotAProblemSpeaksByItsStatus() {
        next = new Answer(404, "text/html", "<html>not here</html>");
        ServiceException.Rejected refused = assertThrows(ServiceException.Rejected.class, () -> events(new Query()));
        assertEquals(404, refused.status());
        assertEquals("event-service refused the request: Not Found", refused.getMessage());
        assertTrue(refused.violations().isEmpty());
    }

    @Test
    void aServerErrorIsTheServiceUnavailableWithItsDetail() {
        next = new Answer(503, "application/problem+json",
                "{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"maintenance\"}");
        ServiceException.Unavailable down = assertThrows(ServiceException.Unavailable.class, () -> events(new Query()));
        assertEquals("event-service is unavailable: maintenance", down.getMessage());
        next = new Answer(502, null, "");
        assertEquals("event-service is unavailable: Bad Gateway",
                assertThrows(ServiceException.Unavailable.class, () -> events(new Query())).getMessage());
    }

    @Test
    void anAnswerThatDoesNotReadIsTheServiceUnavailable() {
        next = new Answer(200, "application/json", "{\"items\":[{\"id\":\"e1\",\"version\":\"three\"}]}");
        ServiceException.Unavailable unreadable = assertThrows(ServiceException.Unavailable.class,
                () -> events(new Query()));
        assertTrue(unreadable.getMessage().startsWith("event-service is unavailable: its answer could not be read"),
                unreadable.getMessage());
        next = new Answer(200, "application/json", "{\"items\":[");
        assertThrows(ServiceException.Unavailable.class, () -> events(new Query()));
    }

    @Test
    void anAnswerOtherThan200IsTheServiceUnavailable() {
        next = new Answer(204, null, "");
        assertEquals("event-service is unavailable: it answered HTTP 204 where 200 was expected",
                assertThrows(ServiceException.Unavailable.class, () -> events(new Query())).getMessage());
        next = new Answer(302, null, "");
        assertThrows(ServiceException.Unavailable.class, () -> events(new Query()));
    }

    @Test
    void aServiceThatDoesNotListenCannotBeReached() {
        ServiceException.Unavailable down = assertThrows(ServiceException.Unavailable.class,
                () -> reads.service("down-service").get("/api/events", new Query(), reads.pageOf(Wire.Event.class))
                        .await().atMost(WAIT));
        assertEquals("down-service is unavailable: cannot be reached", down.getMessage());
        assertInstanceOf(Throwable.class, down.getCause());
    }

    @Test
    void aServiceUrlThatIsNotHttpIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> reads.service("odd-service"));
        assertEquals("quarkus.rest-client.odd-service.url must be an http or https URL, not ftp://localhost:21",
                refused.getMessage());
    }

    @Test
    void nothingIsSentUntilTheAnswerIsAskedFor() {
        var call = reads.service(EventServiceClient.NAME).get("/api/events", new Query(),
                reads.pageOf(Wire.Event.class));
        assertTrue(RECEIVED.isEmpty());
        call.await().atMost(WAIT);
        call.await().atMost(WAIT);
        assertEquals(2, RECEIVED.size(), "each subscription (a fault-tolerance retry, say) sends the call again");
    }

    @Test
    void callsMadeOnAnEventLoopKeepToConnectionsOfThatLoopAndCompleteOnIt() {
        Context first = newContext();
        Thread firstLoop = threadOf(first);
        Context second = newContext();
        for (int tries = 0; threadOf(second) == firstLoop && tries < 16; tries++) {
            second = newContext();
        }
        Thread secondLoop = threadOf(second);
        assertNotSame(firstLoop, secondLoop, "two event loops to call from");
        for (int i = 0; i < 3; i++) {
            assertEquals(firstLoop, callOn(first), "the answer completes on the loop that asked");
            assertEquals(secondLoop, callOn(second), "the answer completes on the loop that asked");
        }
        assertEquals(6, CONNECTIONS.size());
        Set<Integer> firsts = new HashSet<>(List.of(CONNECTIONS.get(0), CONNECTIONS.get(2), CONNECTIONS.get(4)));
        Set<Integer> seconds = new HashSet<>(List.of(CONNECTIONS.get(1), CONNECTIONS.get(3), CONNECTIONS.get(5)));
        assertEquals(1, firsts.size(), "one loop's calls, one after the other, reuse its connection: " + CONNECTIONS);
        assertEquals(1, seconds.size(), "one loop's calls, one after the other, reuse its connection: " + CONNECTIONS);
        assertNotEquals(firsts, seconds, "each loop has connections of its own: " + CONNECTIONS);
    }

    /** A new event-loop context (Vert.x gives each thread outside it one, on the next event loop). */
    private static Context newContext() {
        CompletableFuture<Context> context = new CompletableFuture<>();
        new Thread(() -> context.complete(vertx.getOrCreateContext())).start();
        return context.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private static Thread threadOf(Context context) {
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        context.runOnContext(ignored -> thread.complete(Thread.currentThread()));
        return thread.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** One call made on the context; the thread its answer completed on. */
    private static Thread callOn(Context context) {
        CompletableFuture<Thread> completed = new CompletableFuture<>();
        context.runOnContext(ignored -> reads.service(EventServiceClient.NAME)
                .get("/api/events", new Query(), reads.pageOf(Wire.Event.class)).subscribe()
                .with(page -> completed.complete(Thread.currentThread()), completed::completeExceptionally));
        return completed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }
}
