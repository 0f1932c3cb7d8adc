package org.warledger.platform.rest;

import io.github.bucket4j.TimeMeter;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The rate limits of the services' imports and exports (see {@link RateLimitConfig}), keyed per caller. Call at the
 * start of the endpoint, before the body is read, and close the permit when done: {@code try (var permit =
 * rateLimits.admitImport()) { … }}.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter imports;
    private final RateLimiter exports;
    private final CurrentIdentityAssociation identity;
    private final CurrentVertxRequest request;

    public RateLimits(RateLimitConfig config, CurrentIdentityAssociation identity, CurrentVertxRequest request) {
        this.imports = new RateLimiter("imports", config.imports(), config.enabled(), config.maxCallers(),
                TimeMeter.SYSTEM_NANOTIME);
        this.exports = new RateLimiter("exports", config.exports(), config.enabled(), config.maxCallers(),
                TimeMeter.SYSTEM_NANOTIME);
        this.identity = identity;
        this.request = request;
    }

    public RateLimiter.Permit admitImport() {
        return imports.admit(caller());
    }

    public RateLimiter.Permit admitExport() {
        return exports.admit(caller());
    }

    /** The limiter of exports itself, for tests that hold a caller's slot. */
    public RateLimiter exports() {
        return exports;
    }

    /** The key of a caller with a verified token. */
    public static String subjectKey(String subject) {
        return "sub:" + subject;
    }

    /** The token's subject when a verified token came with the request, else the client address. */
    String caller() {
        try {
            SecurityIdentity current = identity.getIdentity();
            if (current != null && !current.isAnonymous() && current.getPrincipal() instanceof JsonWebToken token
                    && token.getSubject() != null) {
                return subjectKey(token.getSubject());
            }
        } catch (RuntimeException unverified) {
            // A token that does not verify on an open endpoint makes no caller of its own: the address counts.
        }
        RoutingContext context = request.getCurrent();
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return "address:" + (address == null ? "unknown" : address.hostAddress());
    }
}
