package org.warledger.gateway.client;

import static org.warledger.gateway.client.FaultTolerance.CONCURRENT;
import static org.warledger.gateway.client.FaultTolerance.DELAY;
import static org.warledger.gateway.client.FaultTolerance.RATIO;
import static org.warledger.gateway.client.FaultTolerance.READ_TIMEOUT;
import static org.warledger.gateway.client.FaultTolerance.VOLUME;
import static org.warledger.gateway.client.FaultTolerance.WRITE_TIMEOUT;

import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.warledger.gateway.client.ServiceException.Rejected;
import org.warledger.gateway.client.ServiceReads.Query;
import org.warledger.gateway.schema.CasualtyClaim;

/**
 * casualty-service, its claims and its claimant identities: reads behind a timeout, a circuit breaker and a bulkhead;
 * writes behind a bulkhead and a longer timeout, never retried nor counted by a breaker (see
 * {@link EventServiceClient}).
 */
@ApplicationScoped
public class CasualtyServiceClient {

    public static final String NAME = "casualty-service";
    private static final String CLAIMS = "/api/casualty-claims";

    private final CasualtyRestClient client;
    private final Batches batches;
    private final ServiceReads.Service reads;
    private final ObjectReader claims;
    private final ObjectReader claimants;

    CasualtyServiceClient(@RestClient CasualtyRestClient client, Batches batches, ServiceReads reads) {
        this.client = client;
        this.batches = batches;
        this.reads = reads.service(NAME);
        this.claims = reads.pageOf(CasualtyClaim.class);
        this.claimants = reads.pageOf(Wire.Claimant.class);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<Page<CasualtyClaim>> list(ClaimFilter filter, int limit, String after, String fields) {
        return reads.get(CLAIMS,
                new Query().add("subject", filter.subject()).add("category", filter.category())
                        .add("equipmentType", filter.equipmentType()).add("claimant", filter.claimant())
                        .add("claimantId", filter.claimantId()).add("affiliation", filter.affiliation())
                        .add("eventId", filter.eventId()).add("status", filter.status()).add("from", filter.from())
                        .add("to", filter.to()).add("knownAt", filter.knownAt()).add("limit", limit).add("after", after)
                        .add("fields", fields),
                claims);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<CasualtyClaim>> byIds(Collection<String> ids, String fields) {
        return batches.lookUp(ids,
                joined -> reads.get(CLAIMS, new Query().add("ids", joined).add("fields", fields), claims));
    }

    /** Every active claim about any of these events, in as few calls as the batch limits allow. */
    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<CasualtyClaim>> byEvents(Collection<String> eventIds, String fields) {
        return batches.lookUp(eventIds, (joined, after) -> reads.get(CLAIMS, new Query().add("eventId", joined)
                .add("limit", Batches.MAX_PAGE).add("after", after).add("fields", fields), claims));
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtyClaim get(String id, String knownAt) {
        return client.get(id, knownAt);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtySummary summary(String subject, String category, String equipmentType, String scope,
            String asOf, Integer window, String knownAt) {
        return client.summary(subject, category, equipmentType, scope, asOf, window, knownAt);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtySeries series(String subject, String category, String equipmentType, List<String> claimants,
            List<String> affiliations, String scope, Integer limit, String knownAt) {
        return client.series(subject, category, equipmentType, claimants, affiliations, scope, limit, knownAt);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public List<Wire.ClaimantLink> claimantLinks(String id) {
        return client.claimantLinks(id);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<Page<Wire.Claimant>> claimants(String name, String kind, String affiliation, String parentId, int limit,
            String after) {
        return reads.get("/api/claimants", new Query().add("name", name).add("kind", kind)
                .add("affiliation", affiliation).add("parentId", parentId).add("limit", limit).add("after", after),
                claimants);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.Claimant claimant(String id) {
        return client.claimant(id);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.UnlinkedClaimants unlinkedClaimants(Integer limit) {
        return client.unlinked(limit);
    }

    /** A create; {@code idempotencyKey} (null for none) makes a repeat of it answer the first one's record. */
    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtyClaim create(String authorization, String idempotencyKey, Wire.CasualtyClaimInput input) {
        return client.create(authorization, idempotencyKey, input);
    }

    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtyClaim revise(String authorization, String id, Wire.RevisionInput input) {
        return client.revise(authorization, id, input);
    }

    /** Links a claim to a claimant identity, or unlinks it; {@code idempotencyKey} as for a create. */
    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtyClaim link(String authorization, String idempotencyKey, String id,
            Wire.ClaimantLinkInput input) {
        return client.link(authorization, idempotencyKey, id, input);
    }

    /** A create; {@code idempotencyKey} (null for none) makes a repeat of it answer the first one's record. */
    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Claimant createClaimant(String authorization, String idempotencyKey, Wire.ClaimantInput input) {
        return client.createClaimant(authorization, idempotencyKey, input);
    }

    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Claimant updateClaimant(String authorization, String id, Wire.ClaimantInput input) {
        return client.updateClaimant(authorization, id, input);
    }

    /**
     * The filters of the claims' list, as casualty-service names them; null for a filter not applied. {@code eventId}
     * may hold several comma-joined ids, {@code knownAt} is an ISO instant: the ledger as it stood then.
     */
    public record ClaimFilter(String subject, String category, String equipmentType, String claimant, String claimantId,
            String affiliation, String eventId, String status, String from, String to, String knownAt) {

        /** Every claim of the period (from/to on asOf), as the timeline lists them. */
        public static ClaimFilter period(String from, String to) {
            return new ClaimFilter(null, null, null, null, null, null, null, null, from, to, null);
        }
    }
}
