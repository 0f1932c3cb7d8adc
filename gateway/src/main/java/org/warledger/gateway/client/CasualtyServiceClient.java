package org.warledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.warledger.gateway.graphql.CasualtyClaim;
import org.warledger.gateway.graphql.Inputs.CasualtyClaimInput;
import org.warledger.gateway.graphql.Inputs.RevisionInput;
import org.warledger.gateway.graphql.Summaries.CasualtySummary;

/** casualty-service, behind a timeout, a circuit breaker and a bulkhead. */
@ApplicationScoped
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceException.Rejected.class)
@Bulkhead(64)
public class CasualtyServiceClient {

    public static final String NAME = "casualty-service";

    private final CasualtyRestClient client;
    private final Batches batches;

    CasualtyServiceClient(@RestClient CasualtyRestClient client, Batches batches) {
        this.client = client;
        this.batches = batches;
    }

    public Uni<Page<CasualtyClaim>> list(String subject, String category, String equipmentType, String claimant,
            String eventId, String status, String from, String to, int limit, String after) {
        return client.list(subject, category, equipmentType, claimant, eventId, status, from, to, limit, after);
    }

    public Uni<List<CasualtyClaim>> byIds(Collection<String> ids) {
        return batches.lookUp(ids, client::byIds);
    }

    /** Every active claim about any of these events, in as few calls as the batch limits allow. */
    public Uni<List<CasualtyClaim>> byEvents(Collection<String> eventIds) {
        return batches.lookUp(eventIds, (joined, after) -> client.list(null, null, null, null, joined, null, null, null,
                Batches.MAX_PAGE, after));
    }

    public CasualtyClaim get(String id) {
        return client.get(id);
    }

    public CasualtySummary summary(String subject, String category, String equipmentType, String scope, String asOf) {
        return client.summary(subject, category, equipmentType, scope, asOf);
    }

    public CasualtyClaim create(String authorization, CasualtyClaimInput input) {
        return client.create(authorization, input);
    }

    public CasualtyClaim revise(String authorization, String id, RevisionInput input) {
        return client.revise(authorization, id, input);
    }
}
