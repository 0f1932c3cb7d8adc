package org.warledger.gateway.resolver;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.warledger.gateway.security.ClaimChecks;

/**
 * Who may write: the caller's bearer token is verified here, as the services verify it (signature, issuer, audience,
 * age, a subject, the role editor), before any service is called. The services check it again; a token the gateway
 * refuses costs them nothing.
 */
@ApplicationScoped
class Editors {

    static final String ROLE = "editor";

    private final CurrentVertxRequest request;
    private final CurrentIdentityAssociation identity;

    Editors(CurrentVertxRequest request, CurrentIdentityAssociation identity) {
        this.request = request;
        this.identity = identity;
    }

    /** The Authorization header to pass on, once its token is verified and carries the role editor. */
    String authorization() {
        String header = request.getCurrent() == null ? null : request.getCurrent().request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthenticated("a mutation needs a bearer token (Authorization: Bearer …) with the role editor");
        }
        SecurityIdentity caller;
        try {
            caller = identity.getDeferredIdentity().await().atMost(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            ClaimChecks.Refusal known = ClaimChecks.reason(e);
            throw new Unauthenticated(known != null ? known.getMessage()
                    : "the bearer token was refused: it is malformed, not signed by the trusted key, "
                            + "for another issuer or audience, expired, older than the maximum age "
                            + "or issued in the future");
        }
        if (caller == null || caller.isAnonymous()) {
            throw new Unauthenticated("the bearer token was refused");
        }
        if (!caller.hasRole(ROLE)) {
            throw new Forbidden("a mutation needs the role " + ROLE + ", which this token does not carry");
        }
        return header;
    }

    @ErrorCode("unauthenticated")
    static class Unauthenticated extends RuntimeException {
        Unauthenticated(String message) {
            super(message);
        }
    }

    @ErrorCode("forbidden")
    static class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }
}
