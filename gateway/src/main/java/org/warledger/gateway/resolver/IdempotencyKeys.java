package org.warledger.gateway.resolver;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency key of a create (or of a claim's claimant link, also a POST), passed on to the service as its
 * {@code Idempotency-Key}. A GraphQL client sends one key with its request ({@code Idempotency-Key} header of the POST,
 * checked at the edge); one request may hold several creates, and each needs a key of its own, so the service gets
 * {@code <key>:<field>}, where field is the mutation's alias, or its name when it has none. A client that repeats its
 * request with the same key and document thus repeats each create with the key the service saw first. A derived key
 * longer than the services accept (200 characters) is sent as {@code sha256:} and the hex SHA-256 of it, just as
 * distinct and as repeatable.
 */
@ApplicationScoped
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;

    private final CurrentVertxRequest request;
    private final Instance<Context> context;

    IdempotencyKeys(CurrentVertxRequest request, Instance<Context> context) {
        this.request = request;
        this.context = context;
    }

    /** The key for the create being resolved, or null when the client sent none. */
    String forThisField() {
        String key = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(HEADER);
        if (key == null) {
            return null;
        }
        DataFetchingEnvironment field = context.get().unwrap(DataFetchingEnvironment.class);
        return derive(key, field.getField().getResultKey());
    }

    static String derive(String key, String field) {
        String derived = key + ":" + field;
        if (derived.length() <= MAX_LENGTH) {
            return derived;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(derived.getBytes(StandardCharsets.US_ASCII));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
