package org.warledger.gateway.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** casualty-service: its claims ({@code /api/casualty-claims}) and its claimant identities ({@code /api/claimants}). */
@RegisterRestClient(configKey = "casualty-service")
@Path("/api")
interface CasualtyRestClient {

    @GET
    @Path("casualty-claims/{id}")
    Wire.CasualtyClaim get(@PathParam("id") String id, @QueryParam("knownAt") String knownAt);

    @GET
    @Path("casualty-claims/summary")
    Wire.CasualtySummary summary(@QueryParam("subject") String subject, @QueryParam("category") String category,
            @QueryParam("equipmentType") String equipmentType, @QueryParam("scope") String scope,
            @QueryParam("asOf") String asOf, @QueryParam("window") Integer window,
            @QueryParam("knownAt") String knownAt);

    /** One {@code claimant=} and one {@code affiliation=} parameter per element. */
    @GET
    @Path("casualty-claims/series")
    Wire.CasualtySeries series(@QueryParam("subject") String subject, @QueryParam("category") String category,
            @QueryParam("equipmentType") String equipmentType, @QueryParam("claimant") List<String> claimants,
            @QueryParam("affiliation") List<String> affiliations, @QueryParam("scope") String scope,
            @QueryParam("limit") Integer limit, @QueryParam("knownAt") String knownAt);

    @GET
    @Path("casualty-claims/{id}/claimant-links")
    List<Wire.ClaimantLink> claimantLinks(@PathParam("id") String id);

    @POST
    @Path("casualty-claims")
    Wire.CasualtyClaim create(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Wire.CasualtyClaimInput input);

    @POST
    @Path("casualty-claims/{id}/revisions")
    Wire.CasualtyClaim revise(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Wire.RevisionInput input);

    @POST
    @Path("casualty-claims/{id}/claimant")
    Wire.CasualtyClaim link(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") String id,
            Wire.ClaimantLinkInput input);

    @GET
    @Path("claimants/{id}")
    Wire.Claimant claimant(@PathParam("id") String id);

    @GET
    @Path("claimants/unlinked")
    Wire.UnlinkedClaimants unlinked(@QueryParam("limit") Integer limit);

    @POST
    @Path("claimants")
    Wire.Claimant createClaimant(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Wire.ClaimantInput input);

    @PUT
    @Path("claimants/{id}")
    Wire.Claimant updateClaimant(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Wire.ClaimantInput input);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Problems.from(CasualtyServiceClient.NAME, response);
    }
}
