package org.warledger.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, as every error of this service is answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation: where it was ({@code body}, {@code query}, {@code path}) and why. */
    public record Violation(String field, String in, String message) {
    }
}
