package org.warledger.gateway.resolver;

import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Claimant;
import org.warledger.gateway.schema.Event;
import org.warledger.gateway.schema.Inputs.AidPledgeInput;
import org.warledger.gateway.schema.Inputs.CasualtyClaimInput;
import org.warledger.gateway.schema.Inputs.ClaimantInput;
import org.warledger.gateway.schema.Inputs.ClaimantLinkInput;
import org.warledger.gateway.schema.Inputs.EventInput;
import org.warledger.gateway.schema.Inputs.RevisionInput;
import org.warledger.gateway.schema.Inputs.StatusChangeInput;

/**
 * The write side of the schema. Every mutation needs a verified bearer token with the role editor; the gateway checks
 * it first ({@link Editors}: a refused token is a GraphQL error with code {@code unauthenticated} or {@code forbidden}
 * and no backend call) and then passes it on to the service, which checks it again. The service's refusal comes back as
 * an error with its status and field violations in the extensions. The class is open to the HTTP layer
 * ({@code PermitAll}) because the role is checked per mutation, so that the refusal is a GraphQL error rather than an
 * empty 401. A create, and a claim's link to a claimant (a POST too), passes on the client's {@code Idempotency-Key},
 * one per mutation field ({@link IdempotencyKeys}), so that a client repeating a request whose answer it lost (a
 * timeout, a dropped connection) gets the record created the first time instead of a second one.
 */
@GraphQLApi
@PermitAll
public class MutationApi {

    private final EventServiceClient events;
    private final CasualtyServiceClient claims;
    private final AidServiceClient pledges;
    private final Editors editors;
    private final IdempotencyKeys keys;

    MutationApi(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges, Editors editors,
            IdempotencyKeys keys) {
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
        this.editors = editors;
        this.keys = keys;
    }

    @Mutation("createEvent")
    @Description("Record an event (role editor)")
    public Event createEvent(@NonNull EventInput input) {
        String token = editors.authorization();
        String key = keys.forThisField();
        return Backend.call(EventServiceClient.NAME,
                () -> WireMapper.event(events.create(token, key, WireMapper.eventInput(input))));
    }

    @Mutation("updateEvent")
    @Description("Replace an event's content (role editor); input.version is the version you read")
    public Event updateEvent(@NonNull @Id String id, @NonNull EventInput input) {
        String token = editors.authorization();
        Arguments.id("id", id);
        return Backend.call(EventServiceClient.NAME,
                () -> WireMapper.event(events.update(token, id, WireMapper.eventInput(input))));
    }

    @Mutation("createCasualtyClaim")
    @Description("Record a casualty claim as stated (role editor)")
    public CasualtyClaim createCasualtyClaim(@NonNull CasualtyClaimInput input) {
        String token = editors.authorization();
        String key = keys.forThisField();
        Arguments.id("input.eventId", input.eventId());
        return Backend.call(CasualtyServiceClient.NAME,
                () -> WireMapper.claim(claims.create(token, key, WireMapper.claimInput(input))));
    }

    @Mutation("reviseCasualtyClaim")
    @Description("Correct a claim's figure (role editor); the earlier value stays in its history as SUPERSEDED")
    public CasualtyClaim reviseCasualtyClaim(@NonNull @Id String id, @NonNull RevisionInput input) {
        String token = editors.authorization();
        Arguments.id("id", id);
        return Backend.call(CasualtyServiceClient.NAME,
                () -> WireMapper.claim(claims.revise(token, id, WireMapper.revisionInput(input))));
    }

    @Mutation("linkClaimant")
    @Description("Link a casualty claim to a claimant identity, or unlink it with claimantId null (role editor); "
            + "input.version is the claim's version you read. The step is kept in the claim's claimantLinks.")
    public CasualtyClaim linkClaimant(@NonNull @Id @Description("The claim") String id,
            @NonNull ClaimantLinkInput input) {
        String token = editors.authorization();
        String key = keys.forThisField();
        Arguments.id("id", id);
        Arguments.id("input.claimantId", input.claimantId());
        return Backend.call(CasualtyServiceClient.NAME,
                () -> WireMapper.claim(claims.link(token, key, id, WireMapper.linkInput(input))));
    }

    @Mutation("createClaimant")
    @Description("Record a claimant identity (role editor); claims naming it or one of its aliases are linked to it")
    public Claimant createClaimant(@NonNull ClaimantInput input) {
        String token = editors.authorization();
        String key = keys.forThisField();
        Arguments.id("input.parentId", input.parentId());
        return Backend.call(CasualtyServiceClient.NAME,
                () -> WireMapper.claimant(claims.createClaimant(token, key, WireMapper.claimantInput(input))));
    }

    @Mutation("updateClaimant")
    @Description("Replace a claimant identity's content (role editor); input.version is the version you read")
    public Claimant updateClaimant(@NonNull @Id @Description("The identity") String id, @NonNull ClaimantInput input) {
        String token = editors.authorization();
        Arguments.id("id", id);
        Arguments.id("input.parentId", input.parentId());
        if (input.version() == null) {
            throw new Pages.BadArgument("input.version", "is required: the version you read");
        }
        return Backend.call(CasualtyServiceClient.NAME,
                () -> WireMapper.claimant(claims.updateClaimant(token, id, WireMapper.claimantInput(input))));
    }

    @Mutation("createAidPledge")
    @Description("Record an aid pledge, reported total or contract (role editor)")
    public AidPledge createAidPledge(@NonNull AidPledgeInput input) {
        String token = editors.authorization();
        String key = keys.forThisField();
        Arguments.id("input.eventId", input.eventId());
        Arguments.id("input.parentId", input.parentId());
        return Backend.call(AidServiceClient.NAME,
                () -> WireMapper.pledge(pledges.create(token, key, WireMapper.pledgeInput(input))));
    }

    @Mutation("changeAidPledgeStatus")
    @Description("Record a dated, sourced status transition of a pledge (role editor)")
    public AidPledge changeAidPledgeStatus(@NonNull @Id String id, @NonNull StatusChangeInput input) {
        String token = editors.authorization();
        Arguments.id("id", id);
        return Backend.call(AidServiceClient.NAME,
                () -> WireMapper.pledge(pledges.changeStatus(token, id, WireMapper.statusChangeInput(input))));
    }

}
