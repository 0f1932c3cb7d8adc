package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the launcher reads the answers of a create that finds what was posted before (the intake's articles). */
class ApiTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int status;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/articles", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://localhost:" + server.getAddress().getPort() + "/api/articles";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aNewRecordIsCreatedAndOneThatWasThereAlreadyIsFound() {
        Api api = new Api();
        status = 201;
        assertTrue(api.postOnce(url, "the-token", "{\"text\":\"a\"}"));
        status = 200;
        assertFalse(api.postOnce(url, "the-token", "{\"text\":\"a\"}"));
        assertEquals(List.of("POST Bearer the-token application/json {\"text\":\"a\"}",
                "POST Bearer the-token application/json {\"text\":\"a\"}"), received);
    }

    @Test
    void anyOtherAnswerIsALauncherErrorNamingTheUrlTheStatusAndTheProblem() {
        Api api = new Api();
        for (int refused : List.of(400, 401, 409, 413, 500, 503)) {
            status = refused;
            LauncherException error = assertThrows(LauncherException.class, () -> api.postOnce(url, "the-token", "{}"));
            assertEquals(url + " answered " + refused + ": {\"status\":" + refused + "}", error.getMessage());
        }
    }

    @Test
    void anIntakeServiceThatIsNotThereIsALauncherError() {
        server.stop(0);
        LauncherException error = assertThrows(LauncherException.class, () -> new Api().postOnce(url, "t", "{}"));
        assertTrue(error.getMessage().contains("cannot be reached"), error.getMessage());
    }
}
