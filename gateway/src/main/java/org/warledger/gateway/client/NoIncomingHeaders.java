package org.warledger.gateway.client;

import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incoming JAX-RS request headers the REST clients would propagate: none. The gateway takes its requests on Vert.x
 * routes, not JAX-RS resources, and passes what a service must see (a mutation's bearer token, its Idempotency-Key) as
 * explicit header parameters; nothing is propagated.
 * <p>
 * Quarkus's REST client looks up the server's {@link HttpHeaders} bean on every call made inside a request context.
 * Without such a bean that failed look-up scanned every bean the build removed, on every call: a twentieth of the
 * gateway's CPU per composed query (three calls). With this one the look-up resolves from ArC's cache and yields no
 * headers, which is what the failed look-up yielded. A JAX-RS server's own {@code HttpHeaders} (the tests' fake
 * services run one) takes precedence over this default.
 */
@ApplicationScoped
public class NoIncomingHeaders {

    private static final HttpHeaders NONE = new HttpHeaders() {

        private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();

        @Override
        public List<String> getRequestHeader(String name) {
            return null;
        }

        @Override
        public String getHeaderString(String name) {
            return null;
        }

        @Override
        public MultivaluedMap<String, String> getRequestHeaders() {
            return headers;
        }

        @Override
        public List<MediaType> getAcceptableMediaTypes() {
            return List.of();
        }

        @Override
        public List<Locale> getAcceptableLanguages() {
            return List.of();
        }

        @Override
        public MediaType getMediaType() {
            return null;
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public Map<String, Cookie> getCookies() {
            return Map.of();
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public int getLength() {
            return -1;
        }
    };

    @Produces
    @DefaultBean
    @Unremovable
    @ApplicationScoped
    HttpHeaders none() {
        return NONE;
    }
}
