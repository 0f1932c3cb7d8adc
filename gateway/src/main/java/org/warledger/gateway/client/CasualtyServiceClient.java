package org.warledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * casualty-service: reads behind a timeout, a circuit breaker and a bulkhead; writes behind a bulkhead and a longer
 * timeout, never retried nor counted by a breaker (see {@link EventServiceClient}).
 */
@ApplicationScoped
public class CasualtyServiceClient {

    public static final String NAME = "casualty-service";

    private final CasualtyRestClient client;
    private final Batches batches;

    CasualtyServiceClient(@RestClient CasualtyRestClient client, Batches batches) {
        this.client = client;
        this.batches = batches;
    }

    @Timeout(FaultTolerance.READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = FaultTolerance.VOLUME, failureRatio = FaultTolerance.RATIO, delay = FaultTolerance.DELAY, skipOn = ServiceException.Rejected.class)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Uni<Page<Wire.CasualtyClaim>> list(String subject, String category, String equipmentType, String claimant,
            String eventId, String status, String from, String to, int limit, String after) {
        return client.list(subject, category, equipmentType, claimant, eventId, status, from, to, limit, after);
    }

    @Timeout(FaultTolerance.READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = FaultTolerance.VOLUME, failureRatio = FaultTolerance.RATIO, delay = FaultTolerance.DELAY, skipOn = ServiceException.Rejected.class)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Uni<List<Wire.CasualtyClaim>> byIds(Collection<String> ids) {
        return batches.lookUp(ids, client::byIds);
    }

    /** Every active claim about any of these events, in as few calls as the batch limits allow. */
    @Timeout(FaultTolerance.READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = FaultTolerance.VOLUME, failureRatio = FaultTolerance.RATIO, delay = FaultTolerance.DELAY, skipOn = ServiceException.Rejected.class)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Uni<List<Wire.CasualtyClaim>> byEvents(Collection<String> eventIds) {
        return batches.lookUp(eventIds, (joined, after) -> client.list(null, null, null, null, joined, null, null, null,
                Batches.MAX_PAGE, after));
    }

    @Timeout(FaultTolerance.READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = FaultTolerance.VOLUME, failureRatio = FaultTolerance.RATIO, delay = FaultTolerance.DELAY, skipOn = ServiceException.Rejected.class)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Wire.CasualtyClaim get(String id) {
        return client.get(id);
    }

    @Timeout(FaultTolerance.READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = FaultTolerance.VOLUME, failureRatio = FaultTolerance.RATIO, delay = FaultTolerance.DELAY, skipOn = ServiceException.Rejected.class)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Wire.CasualtySummary summary(String subject, String category, String equipmentType, String scope,
            String asOf) {
        return client.summary(subject, category, equipmentType, scope, asOf);
    }

    /** A create; {@code idempotencyKey} (null for none) makes a repeat of it answer the first one's record. */
    @Timeout(FaultTolerance.WRITE_TIMEOUT)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Wire.CasualtyClaim create(String authorization, String idempotencyKey, Wire.CasualtyClaimInput input) {
        return client.create(authorization, idempotencyKey, input);
    }

    @Timeout(FaultTolerance.WRITE_TIMEOUT)
    @Bulkhead(FaultTolerance.CONCURRENT)
    public Wire.CasualtyClaim revise(String authorization, String id, Wire.RevisionInput input) {
        return client.revise(authorization, id, input);
    }
}
