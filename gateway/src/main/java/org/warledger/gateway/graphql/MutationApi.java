package org.warledger.gateway.graphql;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.ErrorCode;
import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.graphql.Inputs.AidPledgeInput;
import org.warledger.gateway.graphql.Inputs.CasualtyClaimInput;
import org.warledger.gateway.graphql.Inputs.EventInput;
import org.warledger.gateway.graphql.Inputs.RevisionInput;
import org.warledger.gateway.graphql.Inputs.StatusChangeInput;

/**
 * The write side of the schema. The caller's bearer token goes to the service, which decides (writes need role editor);
 * a refusal comes back as an error with the service's status and field violations in its extensions.
 */
@GraphQLApi
@PermitAll
public class MutationApi {

    private final EventServiceClient events;
    private final CasualtyServiceClient claims;
    private final AidServiceClient pledges;
    private final CurrentVertxRequest request;

    public MutationApi(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges,
            CurrentVertxRequest request) {
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
        this.request = request;
    }

    @Mutation("createEvent")
    @Description("Record an event (role editor)")
    public Event createEvent(@NonNull EventInput input) {
        String token = bearer();
        return Backend.call(EventServiceClient.NAME, () -> events.create(token, input));
    }

    @Mutation("updateEvent")
    @Description("Replace an event's content (role editor); input.version is the version you read")
    public Event updateEvent(@NonNull @Id String id, @NonNull EventInput input) {
        String token = bearer();
        return Backend.call(EventServiceClient.NAME, () -> events.update(token, id, input));
    }

    @Mutation("createCasualtyClaim")
    @Description("Record a casualty claim as stated (role editor)")
    public CasualtyClaim createCasualtyClaim(@NonNull CasualtyClaimInput input) {
        String token = bearer();
        return Backend.call(CasualtyServiceClient.NAME, () -> claims.create(token, input));
    }

    @Mutation("reviseCasualtyClaim")
    @Description("Correct a claim's figure (role editor); the earlier value stays in its history as SUPERSEDED")
    public CasualtyClaim reviseCasualtyClaim(@NonNull @Id String id, @NonNull RevisionInput input) {
        String token = bearer();
        return Backend.call(CasualtyServiceClient.NAME, () -> claims.revise(token, id, input));
    }

    @Mutation("createAidPledge")
    @Description("Record an aid pledge, reported total or contract (role editor)")
    public AidPledge createAidPledge(@NonNull AidPledgeInput input) {
        String token = bearer();
        return Backend.call(AidServiceClient.NAME, () -> pledges.create(token, input));
    }

    @Mutation("changeAidPledgeStatus")
    @Description("Record a dated, sourced status transition of a pledge (role editor)")
    public AidPledge changeAidPledgeStatus(@NonNull @Id String id, @NonNull StatusChangeInput input) {
        String token = bearer();
        return Backend.call(AidServiceClient.NAME, () -> pledges.changeStatus(token, id, input));
    }

    /** The caller's Authorization header; a mutation without one is refused before any service is called. */
    private String bearer() {
        String header = request.getCurrent() == null ? null : request.getCurrent().request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthenticated();
        }
        return header;
    }

    @ErrorCode("unauthenticated")
    static class Unauthenticated extends RuntimeException {
        Unauthenticated() {
            super("a mutation needs a bearer token (Authorization: Bearer …) with the role editor");
        }
    }
}
