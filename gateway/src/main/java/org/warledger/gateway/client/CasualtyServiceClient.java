package org.warledger.gateway.client;

import static org.warledger.gateway.client.FaultTolerance.CONCURRENT;
import static org.warledger.gateway.client.FaultTolerance.DELAY;
import static org.warledger.gateway.client.FaultTolerance.RATIO;
import static org.warledger.gateway.client.FaultTolerance.READ_TIMEOUT;
import static org.warledger.gateway.client.FaultTolerance.VOLUME;
import static org.warledger.gateway.client.FaultTolerance.WRITE_TIMEOUT;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.warledger.gateway.client.ServiceException.Rejected;

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

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<Page<Wire.CasualtyClaim>> list(String subject, String category, String equipmentType, String claimant,
            String eventId, String status, String from, String to, int limit, String after) {
        return client.list(subject, category, equipmentType, claimant, eventId, status, from, to, limit, after);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<Wire.CasualtyClaim>> byIds(Collection<String> ids) {
        return batches.lookUp(ids, client::byIds);
    }

    /** Every active claim about any of these events, in as few calls as the batch limits allow. */
    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<Wire.CasualtyClaim>> byEvents(Collection<String> eventIds) {
        return batches.lookUp(eventIds, (joined, after) -> client.list(null, null, null, null, joined, null, null, null,
                Batches.MAX_PAGE, after));
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtyClaim get(String id) {
        return client.get(id);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.CasualtySummary summary(String subject, String category, String equipmentType, String scope,
            String asOf) {
        return client.summary(subject, category, equipmentType, scope, asOf);
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
}
