package org.warledger.platform.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request over a rate limit: 429, {@code Retry-After} in seconds, and a problem that names the limit. */
public class RateLimitMapper {

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, UriInfo uri, HttpServerRequest request) {
        Problem problem = new Problem("about:blank", "Too Many Requests", 429, e.getMessage(), uri.getPath(), null,
                null, TraceIds.of(request));
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(problem).build();
    }
}
