package org.warledger.platform.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One INFO line per write (POST, PUT, PATCH, DELETE): method, path, status and, for a create, the new record's
 * location; the line carries the request's trace id like every other. Bodies and headers (tokens) are never logged.
 */
public class WriteLog {

    private static final Logger LOG = Logger.getLogger(WriteLog.class);

    @ServerResponseFilter
    public void written(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                || !LOG.isInfoEnabled()) {
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        String path = request.getUriInfo().getPath();
        if (location != null) {
            LOG.infof("%s %s: %d, created %s", method, path, response.getStatus(), location);
        } else {
            LOG.infof("%s %s: %d", method, path, response.getStatus());
        }
    }
}
