package org.warledger.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What SmallRye JWT leaves unchecked, checked after its verification: a token is accepted only with a subject the
 * services can record as {@code createdBy} (present, at most 200 characters), and only once it has been issued ({@code
 * iat} and {@code nbf} no further in the future than the clock skew). A refusal says why.
 */
@ApplicationScoped
public class ClaimChecks implements SecurityIdentityAugmentor {

    public static final int MAX_SUBJECT = 200;

    private final long skewSeconds;

    ClaimChecks(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String problem = problem(token);
            if (problem != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(problem, new Refusal(problem)));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private String problem(JsonWebToken token) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            return "the bearer token has no subject (sub)";
        }
        if (subject.length() > MAX_SUBJECT) {
            return "the bearer token's subject (sub) is longer than " + MAX_SUBJECT + " characters";
        }
        if (!plainText(subject)) {
            // The services refuse such a subject too; refusing it here saves them the call.
            return "the bearer token's subject (sub) holds control characters or unpaired surrogates";
        }
        long latest = Instant.now().getEpochSecond() + skewSeconds;
        if (token.getIssuedAtTime() > latest) {
            return "the bearer token is issued in the future (iat)";
        }
        Object notBefore = token.getClaim(Claims.nbf.name());
        if (notBefore instanceof Number seconds && seconds.longValue() > latest) {
            return "the bearer token is not valid yet (nbf)";
        }
        return null;
    }

    /** No control characters (tab, LF and CR aside) and no unpaired surrogates, as the services require. */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The reason a token that verified was refused all the same. */
    public static class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    /** The reason behind a refused token when it is one of these checks, else null. */
    public static Refusal reason(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause()) {
            if (t instanceof Refusal known) {
                return known;
            }
        }
        return null;
    }
}
