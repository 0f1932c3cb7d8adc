package org.warledger.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warledger.platform.json.InputLimits;

/**
 * Refuses a body by its declared length before a byte of it is read: JSON bodies of single-record endpoints beyond
 * {@code warledger.input.max-json-body}, any body beyond {@code quarkus.http.limits.max-body-size}; both with a 413
 * problem. A body sent without a length is bounded while it is read (by the JSON reader and by the server).
 */
@ApplicationScoped
public class BodySizeGuard {

    private final long maxJson;
    private final long maxAny;

    public BodySizeGuard(InputLimits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxJson = limits.maxJsonBody().asLongValue();
        this.maxAny = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
                boolean json = type != null && type.toLowerCase(Locale.ROOT).strip().startsWith("application/json");
                long limit = json ? Math.min(maxJson, maxAny) : maxAny;
                long declared;
                try {
                    declared = Long.parseLong(length.strip());
                } catch (NumberFormatException e) {
                    declared = -1;
                }
                if (declared > limit) {
                    context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end("{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                                    + "\"detail\":\"the request body is longer than " + limit
                                    + " bytes, the most this endpoint accepts\",\"instance\":\""
                                    + context.request().path().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                                    + TraceIds.jsonMember(context.request()) + "}")
                            // The refused body is not read: the connection is closed once the answer is out.
                            .onComplete(sent -> context.request().connection().close());
                    return;
                }
            }
            context.next();
        });
    }
}
