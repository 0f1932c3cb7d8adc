package org.warledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.warledger.gateway.graphql.Event;
import org.warledger.gateway.graphql.Inputs.EventInput;

/**
 * event-service, behind a timeout, a circuit breaker and a bulkhead. A refusal (4xx) is the caller's business and does
 * not count against the service's health.
 */
@ApplicationScoped
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceException.Rejected.class)
@Bulkhead(64)
public class EventServiceClient {

    public static final String NAME = "event-service";

    private final EventRestClient client;
    private final Batches batches;

    EventServiceClient(@RestClient EventRestClient client, Batches batches) {
        this.client = client;
        this.batches = batches;
    }

    public Uni<Page<Event>> list(String from, String to, String type, String actor, String country, String q, int limit,
            String after) {
        return client.list(from, to, type, actor, country, q, limit, after);
    }

    public Uni<List<Event>> byIds(Collection<String> ids) {
        return batches.lookUp(ids, client::byIds);
    }

    public Event get(String id) {
        return client.get(id);
    }

    public Event create(String authorization, EventInput input) {
        return client.create(authorization, input);
    }

    public Event update(String authorization, String id, EventInput input) {
        return client.update(authorization, id, input);
    }
}
