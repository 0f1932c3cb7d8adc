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
import org.warledger.gateway.schema.AidPledge;

/**
 * aid-service: reads behind a timeout, a circuit breaker and a bulkhead; writes behind a bulkhead and a longer timeout,
 * never retried nor counted by a breaker (see {@link EventServiceClient}).
 */
@ApplicationScoped
public class AidServiceClient {

    public static final String NAME = "aid-service";
    private static final String PATH = "/api/aid-pledges";

    private final AidRestClient client;
    private final Batches batches;
    private final ServiceReads.Service reads;
    private final ObjectReader page;

    AidServiceClient(@RestClient AidRestClient client, Batches batches, ServiceReads reads) {
        this.client = client;
        this.batches = batches;
        this.reads = reads.service(NAME);
        this.page = reads.pageOf(AidPledge.class);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<Page<AidPledge>> list(String donor, String recipient, String type, String kind, String status,
            String eventId, String from, String to, int limit, String after, String fields) {
        return reads.get(PATH,
                new Query().add("donor", donor).add("recipient", recipient).add("type", type).add("kind", kind)
                        .add("status", status).add("eventId", eventId).add("from", from).add("to", to)
                        .add("limit", limit).add("after", after).add("fields", fields),
                page);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<AidPledge>> byIds(Collection<String> ids, String fields) {
        return batches.lookUp(ids,
                joined -> reads.get(PATH, new Query().add("ids", joined).add("fields", fields), page));
    }

    /** Every pledge about any of these events, in as few calls as the batch limits allow. */
    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<AidPledge>> byEvents(Collection<String> eventIds, String fields) {
        return batches.lookUp(eventIds, (joined, after) -> reads.get(PATH, new Query().add("eventId", joined)
                .add("limit", Batches.MAX_PAGE).add("after", after).add("fields", fields), page));
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.AidPledge get(String id) {
        return client.get(id);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.AidTotals totals(String groupBy, String currency, String from, String to) {
        return client.totals(groupBy, currency, from, to);
    }

    /** A create; {@code idempotencyKey} (null for none) makes a repeat of it answer the first one's record. */
    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.AidPledge create(String authorization, String idempotencyKey, Wire.AidPledgeInput input) {
        return client.create(authorization, idempotencyKey, input);
    }

    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.AidPledge changeStatus(String authorization, String id, Wire.StatusChangeInput input) {
        return client.changeStatus(authorization, id, input);
    }
}
