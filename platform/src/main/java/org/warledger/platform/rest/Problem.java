package org.warledger.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.warledger.platform.failure.Violation;

/**
 * An RFC 9457 problem detail, as every error of this service is answered. {@code violations} lists at most the first 50
 * (configurable) field violations; {@code violationCount}, when present, is how many there were in all.
 * {@code traceId}, when known, is the trace id of the request (see {@link TraceIds}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations,
        Integer violationCount, String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
