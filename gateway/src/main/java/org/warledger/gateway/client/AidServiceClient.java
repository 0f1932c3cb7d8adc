package org.warledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.warledger.gateway.graphql.AidPledge;
import org.warledger.gateway.graphql.Inputs.AidPledgeInput;
import org.warledger.gateway.graphql.Inputs.StatusChangeInput;
import org.warledger.gateway.graphql.Summaries.AidTotals;

/** aid-service, behind a timeout, a circuit breaker and a bulkhead. */
@ApplicationScoped
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceException.Rejected.class)
@Bulkhead(64)
public class AidServiceClient {

    public static final String NAME = "aid-service";

    private final AidRestClient client;
    private final Batches batches;

    AidServiceClient(@RestClient AidRestClient client, Batches batches) {
        this.client = client;
        this.batches = batches;
    }

    public Uni<Page<AidPledge>> list(String donor, String recipient, String type, String kind, String status,
            String eventId, String from, String to, int limit, String after) {
        return client.list(donor, recipient, type, kind, status, eventId, from, to, limit, after);
    }

    public Uni<List<AidPledge>> byIds(Collection<String> ids) {
        return batches.lookUp(ids, client::byIds);
    }

    /** Every pledge about any of these events, in as few calls as the batch limits allow. */
    public Uni<List<AidPledge>> byEvents(Collection<String> eventIds) {
        return batches.lookUp(eventIds, (joined, after) -> client.list(null, null, null, null, null, joined, null, null,
                Batches.MAX_PAGE, after));
    }

    public AidPledge get(String id) {
        return client.get(id);
    }

    public AidTotals totals(String groupBy, String currency, String from, String to) {
        return client.totals(groupBy, currency, from, to);
    }

    public AidPledge create(String authorization, AidPledgeInput input) {
        return client.create(authorization, input);
    }

    public AidPledge changeStatus(String authorization, String id, StatusChangeInput input) {
        return client.changeStatus(authorization, id, input);
    }
}
