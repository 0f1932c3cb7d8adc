package org.warledger.gateway.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceId;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trace id an error names, so that a client can quote it and an operator find the request's spans and log lines:
 * the current span's when tracing is on; else, when tracing is off here but the client traces, the trace id of its W3C
 * {@code traceparent} header; else none.
 */
public final class TraceIds {

    /** W3C trace context: version (ff is invalid), trace id, parent id, flags. */
    private static final Pattern TRACEPARENT = Pattern
            .compile("(?!ff)[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?");

    private TraceIds() {
    }

    /** The trace id of the request being answered, or null. */
    public static String of(HttpServerRequest request) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return span.getTraceId();
        }
        return request == null ? null : fromTraceparent(request.getHeader("traceparent"));
    }

    /** The trace id of the request being handled on this thread, or null. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return span.getTraceId();
        }
        InstanceHandle<CurrentVertxRequest> handle = Arc.container() == null ? null
                : Arc.container().instance(CurrentVertxRequest.class);
        if (handle == null || !handle.isAvailable() || !Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = handle.get().getCurrent();
        return context == null ? null : of(context.request());
    }

    /** The trace id of a {@code traceparent} header, or null when the header is absent or not valid. */
    public static String fromTraceparent(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = TRACEPARENT.matcher(header.strip());
        if (!matcher.matches()) {
            return null;
        }
        String traceId = matcher.group(1);
        return TraceId.isValid(traceId) ? traceId : null;
    }
}
