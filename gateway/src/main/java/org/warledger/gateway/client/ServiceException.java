package org.warledger.gateway.client;

import java.util.List;

/**
 * A service could not give what a GraphQL field needed. The message names the service; GraphQL clients see it with
 * {@code service}, {@code status} and, for validation failures, {@code violations} in the error's extensions.
 */
public class ServiceException extends RuntimeException {

    private final String service;
    private final int status;
    private final List<Violation> violations;

    public ServiceException(String service, int status, String message, List<Violation> violations, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.status = status;
        this.violations = violations == null ? List.of() : violations;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** A field the service refused, as in its problem+json answer. */
    public record Violation(String field, String in, String message) {
    }

    /** The service answered and refused the request (4xx): the caller's input or rights, not the service's health. */
    public static class Rejected extends ServiceException {
        public Rejected(String service, int status, String message, List<Violation> violations) {
            super(service, status, message, violations, null);
        }
    }

    /** The service is down, slow, overloaded or failing (5xx, timeout, open circuit). */
    public static class Unavailable extends ServiceException {
        public Unavailable(String service, String reason, Throwable cause) {
            super(service, 503, service + " is unavailable: " + reason, List.of(), cause);
        }
    }
}
