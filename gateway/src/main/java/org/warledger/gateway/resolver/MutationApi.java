package org.warledger.gateway.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.client.IntakeServiceClient;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.Article;
import org.warledger.gateway.schema.Candidate;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Claimant;
import org.warledger.gateway.schema.Event;
import org.warledger.gateway.schema.Inputs.AidPledgeInput;
import org.warledger.gateway.schema.Inputs.ArticleInput;
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
 * timeout, a dropped connection) gets the record created the first time instead of a second one. A submitted article
 * needs no key: intake-service answers the same text with the article it stored the first time, and an accepted
 * candidate accepted again with the record created the first time.
 */
@GraphQLApi
@PermitAll
public class MutationApi {

    private final EventServiceClient events;
    private final CasualtyServiceClient claims;
    private final AidServiceClient pledges;
    private final IntakeServiceClient intake;
    private final Editors editors;
    private final IdempotencyKeys keys;

    MutationApi(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges,
            IntakeServiceClient intake, Editors editors, IdempotencyKeys keys) {
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
        this.intake = intake;
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

    @Mutation("submitArticle")
    @Description("Store a news article and find the records in it (role editor): the article with its candidates. "
            + "The same text again is the same article, answered as stored the first time.")
    public Article submitArticle(@NonNull ArticleInput input) {
        String token = editors.authorization();
        return Backend.call(IntakeServiceClient.NAME,
                () -> WireMapper.article(intake.submit(token, WireMapper.articleInput(input))));
    }

    @Mutation("acceptCandidate")
    @Description("Accept a candidate (role editor): its proposed record, with edits applied, is created in the owning "
            + "service with the article as its source. Accepting an ACCEPTED candidate again creates nothing and "
            + "answers it as it is; a REJECTED one is refused (409). A refusal of the owning service comes back as "
            + "it refused, and the candidate stays PROPOSED.")
    public Candidate acceptCandidate(@NonNull @Id @Description("The candidate's article") String articleId,
            @NonNull @Id @Description("The candidate") String id,
            @Description("A JSON merge patch (RFC 7386) over proposedJson, as JSON text: an object whose fields "
                    + "replace the proposed ones (null removes one), e.g. {\"figure\": {\"value\": 1200}}") String edits) {
        String token = editors.authorization();
        Arguments.id("articleId", articleId);
        Arguments.id("id", id);
        JsonNode patch = Arguments.jsonObject("edits", edits);
        return Backend.call(IntakeServiceClient.NAME,
                () -> WireMapper.candidate(intake.accept(token, articleId, id, WireMapper.acceptanceInput(patch))));
    }

    @Mutation("rejectCandidate")
    @Description("Reject a candidate (role editor), saying why; an ACCEPTED one is refused (409)")
    public Candidate rejectCandidate(@NonNull @Id @Description("The candidate's article") String articleId,
            @NonNull @Id @Description("The candidate") String id,
            @NonNull @Description("Why, at most 1,000 characters") String reason) {
        String token = editors.authorization();
        Arguments.id("articleId", articleId);
        Arguments.id("id", id);
        return Backend.call(IntakeServiceClient.NAME,
                () -> WireMapper.candidate(intake.reject(token, articleId, id, WireMapper.rejectionInput(reason))));
    }
}
