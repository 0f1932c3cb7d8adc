package org.warledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The three owning services, faked on one local port: a create answers 201 with a new id, or 409 when its externalKey
 * is taken (a real service's rule); an import reports a known externalKey EXISTING with its id. Every request is
 * recorded with its Authorization header and body for the tests to check, and a create is refused (422 problem) when it
 * lacks the fields every owning service requires of an accepted candidate: an externalKey and a source with a quote.
 * {@link #mode} makes the next creates fail: {@code DOWN} answers 503, {@code LOSE_ANSWER} stores the record and
 * answers 500, as a service that failed after committing would.
 */
public class FakeOwners implements QuarkusTestResourceLifecycleManager {

    public record Request(String method, String path, String authorization, String body) {
    }

    public enum Mode {
        NORMAL, DOWN, LOSE_ANSWER
    }

    public static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    public static final Map<String, UUID> KEYS = new ConcurrentHashMap<>();
    public static volatile Mode mode = Mode.NORMAL;

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", FakeOwners::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.casualty-service.url", url, "quarkus.rest-client.aid-service.url", url,
                "quarkus.rest-client.event-service.url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    public static List<Request> requestsTo(String path) {
        return REQUESTS.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(new Request(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (path.endsWith("/import")) {
            JsonNode line = JSON.readTree(body.strip());
            UUID known = KEYS.get(line.path("externalKey").asText());
            String row = known == null ? "{\"line\":1,\"outcome\":\"CREATED\",\"id\":\"" + UUID.randomUUID() + "\"}"
                    : "{\"line\":1,\"outcome\":\"EXISTING\",\"externalKey\":\"" + line.path("externalKey").asText()
                            + "\",\"id\":\"" + known + "\"}";
            answer(exchange, 200, "application/json", "{\"dryRun\":false,\"rows\":[" + row + "]}");
            return;
        }
        if (mode == Mode.DOWN) {
            answer(exchange, 503, "text/plain", "down");
            return;
        }
        JsonNode record = JSON.readTree(body);
        String key = record.path("externalKey").asText(null);
        String quote = record.path("sources").path(0).path("quote").asText(null);
        if (key == null || quote == null || "REFUSE".equals(record.path("claimant").asText())) {
            answer(exchange, 422, "application/problem+json",
                    "{\"type\":\"about:blank\",\"title\":\"Unprocessable\",\"status\":422,"
                            + "\"detail\":\"the fake owner refuses this record\"}");
            return;
        }
        if (KEYS.containsKey(key)) {
            answer(exchange, 409, "application/problem+json",
                    "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"externalKey is taken\"}");
            return;
        }
        UUID id = UUID.randomUUID();
        KEYS.put(key, id);
        if (mode == Mode.LOSE_ANSWER) {
            answer(exchange, 500, "text/plain", "failed after storing");
            return;
        }
        answer(exchange, 201, "application/json", "{\"id\":\"" + id + "\",\"version\":0}");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
