package org.warledger.platform.rest;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceId;
import io.vertx.core.http.HttpServerRequest;
import java.util.regex.Pattern;

/**
 * The trace id a problem answer names, so that a caller can quote it and an operator find the request's spans and log
 * lines: the current span's when tracing is on; else, when tracing is off here but the caller traces, the trace id of
 * the request's W3C {@code traceparent} header; else none.
 */
public final class TraceIds {

    /** W3C trace context: version, trace id, parent id, flags; version ff is invalid. */
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

    /** The trace id of a {@code traceparent} header, or null when the header is absent or not valid. */
    static String fromTraceparent(String header) {
        if (header == null) {
            return null;
        }
        var matcher = TRACEPARENT.matcher(header.strip());
        if (!matcher.matches()) {
            return null;
        }
        String traceId = matcher.group(1);
        return TraceId.isValid(traceId) ? traceId : null;
    }

    /** {@code ,"traceId":"…"} to append to a problem written by hand, or nothing. */
    static String jsonMember(HttpServerRequest request) {
        String traceId = of(request);
        // A trace id is 32 lowercase hex digits: nothing to escape.
        return traceId == null ? "" : ",\"traceId\":\"" + traceId + "\"";
    }
}
