package org.warledger.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services' reads that a query makes level by level — lists and batch look-ups, whose answers carry a page of
 * records — sent with the application's Vert.x HTTP client itself, without the REST client's per-call pipeline
 * (filters, providers, context capture), which cost the gateway as much CPU per call as reading the answer. Same
 * services and settings as the REST clients: {@code quarkus.rest-client.<service>.url}, {@code connect-timeout},
 * {@code read-timeout} and {@code connection-pool-size}. An answer is read with the application's {@code ObjectMapper}
 * (the same modules and settings as the REST clients') straight from its bytes; a 4xx or 5xx becomes the same
 * {@link ServiceException} as a REST client's ({@link Problems}); a call that cannot connect, is cut off or whose
 * answer does not read is the service unavailable. The application's Vert.x carries the request's trace to the service
 * ({@code traceparent}) when tracing is on, as for any of its HTTP clients. Non-blocking: the answer completes on the
 * caller's Vert.x context.
 * <p>
 * Each event loop has its own connections: a call made on an event loop (as the non-blocking GraphQL execution makes
 * them) takes a connection of that loop, so that writing the call and reading its answer happen on the thread that
 * asked, without handing either over to another loop (Vert.x's shared pool hands out its most recently used connection,
 * whichever loop it belongs to). {@code connection-pool-size} is shared out between the event loops
 * ({@code quarkus.vertx.event-loops-pool-size}, by default twice the cores), at least one each; a call made off an
 * event loop uses a pool of its own of that size. An https URL is checked against the JVM's default trust store: the
 * REST clients' TLS settings (trust stores, a TLS configuration name) do not apply to these reads.
 */
@ApplicationScoped
class ServiceReads {

    private final Vertx vertx;
    private final HttpClientOptions perEventLoop;
    private final HttpClient offEventLoop;
    private final Map<Thread, HttpClient> byEventLoop = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;
    private final Config config;
    private final long readTimeout;

    /** Where a service's API is: host, port, scheme and the path its URL starts with (no trailing slash). */
    record Base(String host, int port, boolean ssl, String path) {

        static Base of(String service, String url) {
            URI uri = URI.create(url);
            boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
            if (!ssl && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "quarkus.rest-client." + service + ".url must be an http or https URL, not " + url);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return new Base(uri.getHost(), uri.getPort() >= 0 ? uri.getPort() : ssl ? 443 : 80, ssl,
                    path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        }
    }

    ServiceReads(Vertx vertx, ObjectMapper mapper, Config config,
            @ConfigProperty(name = "quarkus.rest-client.connect-timeout", defaultValue = "15000") int connectTimeout,
            @ConfigProperty(name = "quarkus.rest-client.read-timeout", defaultValue = "30000") long readTimeout,
            @ConfigProperty(name = "quarkus.rest-client.connection-pool-size", defaultValue = "50") int poolSize,
            @ConfigProperty(name = "quarkus.vertx.event-loops-pool-size") Optional<Integer> eventLoops) {
        this.vertx = vertx;
        this.mapper = mapper;
        this.config = config;
        this.readTimeout = readTimeout;
        HttpClientOptions options = new HttpClientOptions().setConnectTimeout(connectTimeout).setKeepAlive(true)
                .setDecompressionSupported(true);
        int loops = eventLoops.orElse(2 * Runtime.getRuntime().availableProcessors());
        this.perEventLoop = new HttpClientOptions(options).setMaxPoolSize(Math.max(1, (poolSize + loops - 1) / loops));
        this.offEventLoop = vertx.createHttpClient(new HttpClientOptions(options).setMaxPoolSize(poolSize));
    }

    @PreDestroy
    void close() {
        byEventLoop.values().forEach(HttpClient::close);
        offEventLoop.close();
    }

    /** The client whose connections belong to the calling thread's event loop; off an event loop, the shared one. */
    private HttpClient http() {
        if (!Context.isOnEventLoopThread()) {
            return offEventLoop;
        }
        Thread loop = Thread.currentThread();
        HttpClient http = byEventLoop.get(loop);
        return http != null ? http : byEventLoop.computeIfAbsent(loop, ignored -> vertx.createHttpClient(perEventLoop));
    }

    /** How to read a page of a service's records. */
    ObjectReader pageOf(Class<?> item) {
        return mapper.readerFor(mapper.getTypeFactory().constructParametricType(Page.class, item));
    }

    /**
     * A service by its REST client name: its URL ({@code quarkus.rest-client.<name>.url}) is read and checked once,
     * here; a URL that is not http or https is refused by name.
     */
    Service service(String name) {
        return new Service(name, Base.of(name, config.getValue("quarkus.rest-client." + name + ".url", String.class)));
    }

    /** One service's reads. */
    final class Service {

        private final String name;
        private final Base base;

        private Service(String name, Base base) {
            this.name = name;
            this.base = base;
        }

        /** GET {@code path} (below the service's URL) with these query parameters, read as {@code reader} reads. */
        <T> Uni<T> get(String path, Query query, ObjectReader reader) {
            return ServiceReads.this.get(name, base, path, query, reader);
        }
    }

    private <T> Uni<T> get(String service, Base base, String path, Query query, ObjectReader reader) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.host())
                .setPort(base.port()).setSsl(base.ssl()).setURI(base.path() + path + query.text())
                .setIdleTimeout(readTimeout).putHeader(HttpHeaders.ACCEPT, "application/json");
        return Uni.createFrom()
                .emitter(emitter -> http().request(options).compose(request -> request.send().compose(
                        response -> response.body().map(body -> this.<T> read(service, response, body, reader))))
                        .onComplete(done -> {
                            if (done.succeeded()) {
                                emitter.complete(done.result());
                            } else {
                                emitter.fail(unavailable(service, done.cause()));
                            }
                        }));
    }

    private <T> T read(String service, HttpClientResponse response, Buffer body, ObjectReader reader) {
        int status = response.statusCode();
        if (status >= 400) {
            throw Problems.from(service, status, body.getBytes(), mapper);
        }
        if (status != 200) {
            throw new ServiceException.Unavailable(service, "it answered HTTP " + status + " where 200 was expected",
                    null);
        }
        try {
            return reader.readValue(body.getBytes());
        } catch (JsonProcessingException e) {
            throw new ServiceException.Unavailable(service, "its answer could not be read: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new ServiceException.Unavailable(service, "its answer could not be read", e);
        }
    }

    private static RuntimeException unavailable(String service, Throwable failure) {
        return failure instanceof ServiceException known ? known
                : new ServiceException.Unavailable(service, "cannot be reached", failure);
    }

    /** A query string: the parameters given a value, each URL-encoded, in the order added. */
    static final class Query {

        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
        private final StringBuilder text = new StringBuilder();

        Query add(String name, Object value) {
            if (value != null) {
                text.append(text.isEmpty() ? '?' : '&').append(name).append('=').append(encode(value.toString()));
            }
            return this;
        }

        /**
         * A value as it goes into the query string: UTF-8 percent-encoded but for letters, digits and {@code .-*_} (a
         * space is {@code %20}); ids and dates are sent as they are.
         */
        static String encode(String value) {
            int plain = 0;
            while (plain < value.length() && unreserved(value.charAt(plain))) {
                plain++;
            }
            if (plain == value.length()) {
                return value;
            }
            // Comma-joined ids, the usual case, are ASCII: escaped here, as URLEncoder would, without its detour.
            StringBuilder encoded = new StringBuilder(value.length() + 16).append(value, 0, plain);
            for (int i = plain; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                }
                if (unreserved(c)) {
                    encoded.append(c);
                } else {
                    encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            }
            return encoded.toString();
        }

        private static boolean unreserved(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '*';
        }

        String text() {
            return text.toString();
        }
    }
}
