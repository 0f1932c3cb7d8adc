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
import org.warledger.gateway.schema.Event;

/**
 * event-service. Reads have a timeout, a circuit breaker and a bulkhead; a refusal (4xx) is the caller's business and
 * does not count against the service's health. Writes have a bulkhead and a longer timeout, and neither a retry nor a
 * circuit breaker: a slow commit is not a failing service, and a create is made safe to repeat by its
 * {@code Idempotency-Key}, not by sending it twice. Each method's settings can be overridden through
 * {@code quarkus.fault-tolerance."org.warledger.gateway.client.EventServiceClient/<method>".*}.
 */
@ApplicationScoped
public class EventServiceClient {

    public static final String NAME = "event-service";
    private static final String PATH = "/api/events";

    private final EventRestClient client;
    private final Batches batches;
    private final ServiceReads.Service reads;
    private final ObjectReader page;

    EventServiceClient(@RestClient EventRestClient client, Batches batches, ServiceReads reads) {
        this.client = client;
        this.batches = batches;
        this.reads = reads.service(NAME);
        this.page = reads.pageOf(Event.class);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<Page<Event>> list(String from, String to, String type, String actor, String country, String q, int limit,
            String after, String fields) {
        return reads.get(PATH, new Query().add("from", from).add("to", to).add("type", type).add("actor", actor)
                .add("country", country).add("q", q).add("limit", limit).add("after", after).add("fields", fields),
                page);
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<Event>> byIds(Collection<String> ids, String fields) {
        return batches.lookUp(ids,
                joined -> reads.get(PATH, new Query().add("ids", joined).add("fields", fields), page));
    }

    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.Event get(String id, String fields) {
        return client.get(id, fields);
    }

    /** A create; {@code idempotencyKey} (null for none) makes a repeat of it answer the first one's record. */
    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Event create(String authorization, String idempotencyKey, Wire.EventInput input) {
        return client.create(authorization, idempotencyKey, input);
    }

    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Event update(String authorization, String id, Wire.EventInput input) {
        return client.update(authorization, id, input);
    }
}
