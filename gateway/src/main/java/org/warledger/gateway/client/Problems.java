package org.warledger.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** Reads a service's RFC 9457 answer into the exception the GraphQL layer reports. */
final class Problems {

    private Problems() {
    }

    /** The problem+json body the services send. */
    record Body(String title, int status, String detail, List<ServiceException.Violation> violations) {
    }

    /** A REST client's answer. */
    static ServiceException from(String service, Response response) {
        Body body = null;
        try {
            if (response.hasEntity()) {
                body = response.readEntity(Body.class);
            }
        } catch (RuntimeException unreadable) {
            // Not a problem document (a proxy's error page, say): the status alone speaks.
        }
        return from(service, response.getStatus(), body);
    }

    /** An answer's status and bytes ({@link ServiceReads}). */
    static ServiceException from(String service, int status, byte[] bytes, ObjectMapper mapper) {
        Body body = null;
        try {
            if (bytes.length > 0) {
                body = mapper.readValue(bytes, Body.class);
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not a problem document (a proxy's error page, say): the status alone speaks.
        }
        return from(service, status, body);
    }

    private static ServiceException from(String service, int status, Body body) {
        String detail = body != null && body.detail() != null ? body.detail()
                : Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
        if (status >= 500) {
            return new ServiceException.Unavailable(service, detail, null);
        }
        return new ServiceException.Rejected(service, status, service + " refused the request: " + detail,
                body == null || body.violations() == null ? List.of() : body.violations());
    }
}
