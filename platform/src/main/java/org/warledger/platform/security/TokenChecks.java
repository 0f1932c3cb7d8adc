package org.warledger.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.warledger.platform.text.TextPolicy;

/**
 * What every service requires of a token beyond its signature, issuer, audience and expiry (checked by SmallRye JWT): a
 * subject, because {@code createdBy} and {@code updatedBy} record it, of at most 200 characters and plain text; and no
 * {@code iat} or {@code nbf} further in the future than the clock skew, which would otherwise stretch the token's
 * maximum age.
 */
@ApplicationScoped
public class TokenChecks implements SecurityIdentityAugmentor {

    /** The width of {@code created_by} / {@code updated_by}. */
    public static final int MAX_SUBJECT = 200;

    private final long skewSeconds;
    private final long maxAgeSeconds;

    public TokenChecks(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds,
            @ConfigProperty(name = "mp.jwt.verify.token.age", defaultValue = "43200") long maxAgeSeconds) {
        this.skewSeconds = skewSeconds;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            String problem = problem(token, Instant.now().getEpochSecond());
            if (problem != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(new TokenRefused(problem)));
            }
        }
        return Uni.createFrom().item(identity);
    }

    String problem(JsonWebToken token, long now) {
        String subject = token.getSubject();
        if (subject == null || TextPolicy.isBlank(subject)) {
            return "the token has no subject (sub); writes record who made them";
        }
        if (subject.length() > MAX_SUBJECT) {
            return "the token's subject (sub) is longer than " + MAX_SUBJECT + " characters";
        }
        if (TextPolicy.problem(subject) != null) {
            return "the token's subject (sub) holds control characters or unpaired surrogates";
        }
        if (seconds(token, Claims.iat) > now + skewSeconds) {
            return "the token is issued in the future (iat); check the issuer's clock";
        }
        if (seconds(token, Claims.nbf) > now + skewSeconds) {
            return "the token is not valid yet (nbf)";
        }
        long issued = seconds(token, Claims.iat);
        if (issued != Long.MIN_VALUE && issued + maxAgeSeconds + skewSeconds < now) {
            return "the token is older than " + maxAgeSeconds + " seconds (iat); get a new one";
        }
        return null;
    }

    private static long seconds(JsonWebToken token, Claims claim) {
        Object value = token.getClaim(claim.name());
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value instanceof JsonNumber number ? number.longValue() : Long.MIN_VALUE;
    }
}
