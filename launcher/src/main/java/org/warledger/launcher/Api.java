package org.warledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The services' public REST APIs, as the launcher uses them: health, imports, exports, rates, claimants and articles.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    boolean ready(String baseUrl) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Posts NDJSON lines to an import endpoint and returns the service's report. */
    JsonNode importLines(String url, String token, String ndjson) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(ndjson)).build());
        return parse(url, response, 200);
    }

    /** Posts one JSON document; a 409 (already there) is as good as a 201. */
    void postIdempotent(String url, String token, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new LauncherException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Posts one JSON document to a create that answers 200 with the stored record when the same one was posted before
     * (as articles are, by their text): true when it was new (201), false when it was there already (200).
     */
    boolean postOnce(String url, String token, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(json)).build());
        return switch (response.statusCode()) {
        case 201 -> true;
        case 200 -> false;
        default -> throw new LauncherException(url + " answered " + response.statusCode() + ": " + response.body());
        };
    }

    /** A JSON document from a read endpoint. */
    JsonNode get(String url) {
        return parse(url, send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build()), 200);
    }

    /** One part of an export: its lines and the cursor of the next part, if any. */
    record Part(String lines, String next) {
    }

    Part exportPart(String url) {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build());
        if (response.statusCode() != 200) {
            throw new LauncherException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Part(response.body(), response.headers().firstValue("Warledger-Next-Cursor").orElse(null));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LauncherException(request.uri() + " cannot be reached: is the suite up? (./warledger status)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }

    private static JsonNode parse(String url, HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new LauncherException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LauncherException(url + " answered something that is not JSON");
        }
    }
}
