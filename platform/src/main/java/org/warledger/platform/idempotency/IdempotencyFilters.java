package org.warledger.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.json.InputLimits;

/**
 * Honours the {@code Idempotency-Key} header on every POST that takes a JSON body (imports, NDJSON, are deduplicated by
 * their lines' externalKey instead and ignore it). The first request with a key of a caller (the verified token's
 * subject) for a method and path is carried out in a transaction begun here, which the service's own transaction joins;
 * a 2xx answer is stored with a digest of the request in that same transaction, so the record and the answer commit
 * together or not at all. A repeat of the request gets the stored answer again with {@code Idempotent-Replayed: true}
 * and creates nothing; the same key with another body is refused with 422; a repeat while the first is still being
 * carried out gets 409 with {@code Retry-After}. A 4xx or 5xx is not stored: it rolls back and leaves the key free for
 * a corrected request.
 */
public class IdempotencyFilters {

    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final String RETRY_AFTER = IdempotencyFilters.class.getName() + ".retryAfter";
    private static final Annotation[] NO_ANNOTATIONS = {};

    /** A key this request holds until its answer is committed or rolled back. */
    private record Claim(Transaction transaction, byte[] scope, byte[] fingerprint, String caller, String path,
            String key, MediaType produces) {
    }

    private final IdempotencyConfig config;
    private final IdempotencyStore store;
    private final TransactionManager transactions;
    private final CurrentIdentityAssociation identity;
    private final InputLimits limits;
    private final ObjectMapper json;

    public IdempotencyFilters(IdempotencyConfig config, IdempotencyStore store, TransactionManager transactions,
            CurrentIdentityAssociation identity, InputLimits limits, ObjectMapper json) {
        this.config = config;
        this.store = store;
        this.transactions = transactions;
        this.identity = identity;
        this.limits = limits;
        this.json = json;
    }

    /** Null to carry the request out; else the stored answer to replay. */
    @ServerRequestFilter(priority = Priorities.USER)
    public Response claim(ContainerRequestContext request, ResourceInfo resource) throws Exception {
        List<String> values = request.getHeaders().get(IdempotencyKey.HEADER);
        if (values == null || !config.enabled() || !HttpMethod.POST.equals(request.getMethod())
                || !takesJson(resource)) {
            return null;
        }
        String key = IdempotencyKey.parse(values);
        String caller = caller();
        byte[] body = caller == null ? null : readBody(request);
        if (body == null) {
            // No verified caller (the endpoint refuses the request) or a body over the limit (its reader does).
            return null;
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException(IdempotencyKey.HEADER + " needs a blocking endpoint: "
                    + resource.getResourceClass().getName() + "." + resource.getResourceMethod().getName());
        }
        String path = request.getUriInfo().getPath();
        byte[] scope = IdempotencyKey.scope(caller, request.getMethod(), path, key);
        byte[] fingerprint = IdempotencyKey.fingerprint(request.getUriInfo().getRequestUri().getRawQuery(), body);
        transactions.begin();
        Claim claim = null;
        try {
            if (!store.tryLock(scope)) {
                request.setProperty(RETRY_AFTER, "1");
                throw Refusals.conflict("a request with this " + IdempotencyKey.HEADER
                        + " is still being carried out; retry once it is done to get its answer");
            }
            Optional<StoredAnswer> stored = store.find(scope, Instant.now().minus(config.retention()));
            if (stored.isPresent()) {
                if (!MessageDigest.isEqual(stored.get().fingerprint(), fingerprint)) {
                    throw Refusals.unprocessable("this " + IdempotencyKey.HEADER + " was used for a different "
                            + "request (another body or query); send a new key for a new request");
                }
                return replay(stored.get());
            }
            claim = new Claim(transactions.getTransaction(), scope, fingerprint, caller, path, key, produces(resource));
            request.setProperty(CLAIM, claim);
            return null;
        } finally {
            if (claim == null) {
                rollback();
            }
        }
    }

    @ServerResponseFilter(priority = Priorities.USER)
    public void answer(ContainerRequestContext request, ContainerResponseContext response) throws Exception {
        Object retryAfter = request.getProperty(RETRY_AFTER);
        if (retryAfter != null) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (!claim.transaction().equals(transactions.getTransaction())) {
            claim.transaction().rollback();
            throw new IllegalStateException("the answer to a request with an " + IdempotencyKey.HEADER
                    + " was given on another thread than the request was carried out on; nothing was stored");
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            rollback();
            return;
        }
        try {
            MediaType type = response.getMediaType() == null ? claim.produces() : response.getMediaType();
            byte[] body = bytes(response.getEntity());
            store.save(claim.scope(), claim.caller(), request.getMethod(), claim.path(), claim.key(),
                    new StoredAnswer(claim.fingerprint(), response.getStatus(),
                            response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                            type.toString(), body),
                    Instant.now());
            transactions.commit();
            if (response.hasEntity()) {
                // The first answer carries exactly the bytes a repeat will get.
                response.setEntity(body, NO_ANNOTATIONS, type);
            }
        } catch (Exception e) {
            rollback();
            throw e;
        }
    }

    private Response replay(StoredAnswer stored) {
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            answer.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body().length > 0) {
            answer.entity(stored.body()).type(stored.contentType());
        }
        return answer.build();
    }

    /** Rolls back the transaction of this thread, if any is left; a failure to do so must not hide the first one. */
    private void rollback() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.error("could not roll back a request with an " + IdempotencyKey.HEADER, e);
        }
    }

    private String caller() {
        SecurityIdentity current = identity.getIdentity();
        if (current == null || current.isAnonymous()) {
            return null;
        }
        if (current.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return current.getPrincipal().getName();
    }

    /**
     * The whole body, put back for the endpoint to read; null when it is longer than a JSON body may be, so that the
     * endpoint's reader refuses it as it would without a key.
     */
    private byte[] readBody(ContainerRequestContext request) throws IOException {
        InputStream in = request.getEntityStream();
        long max = limits.maxJsonBody().asLongValue();
        byte[] head = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (head.length > max) {
            request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), in));
            return null;
        }
        request.setEntityStream(new ByteArrayInputStream(head));
        return head;
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }

    private static boolean takesJson(ResourceInfo resource) {
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return true;
        }
        for (String value : consumes.value()) {
            for (String type : value.split(",")) {
                if (MediaType.valueOf(type.strip()).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MediaType produces(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON_TYPE
                : MediaType.valueOf(produces.value()[0].split(",")[0].strip());
    }
}
