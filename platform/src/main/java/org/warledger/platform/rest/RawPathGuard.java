package org.warledger.platform.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Refuses, before any other handler, requests whose raw path holds a path parameter ({@code ;}), an encoded slash or
 * backslash. Such paths have been used to slip past path-based security rules; no Warledger URL needs them.
 */
@ApplicationScoped
public class RawPathGuard {

    private static final String[] FORBIDDEN = { ";", "%3b", "%2f", "%5c", "\\" };
    private static final String BODY = """
            {"type":"about:blank","status":400,"title":"Bad Request",\
            "detail":"the request path may not contain ';', '\\\\' or encoded slashes or backslashes\"""";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String uri = context.request().uri();
            int query = uri.indexOf('?');
            String path = (query < 0 ? uri : uri.substring(0, query)).toLowerCase(Locale.ROOT);
            for (String forbidden : FORBIDDEN) {
                if (path.contains(forbidden)) {
                    context.response().setStatusCode(400)
                            .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                            .end(BODY + TraceIds.jsonMember(context.request()) + "}");
                    return;
                }
            }
            context.next();
        });
    }
}
