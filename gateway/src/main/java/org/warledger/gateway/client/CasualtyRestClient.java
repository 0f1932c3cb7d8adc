package org.warledger.gateway.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "casualty-service")
@Path("/api/casualty-claims")
interface CasualtyRestClient {

    @GET
    Uni<Page<Wire.CasualtyClaim>> list(@QueryParam("subject") String subject, @QueryParam("category") String category,
            @QueryParam("equipmentType") String equipmentType, @QueryParam("claimant") String claimant,
            @QueryParam("eventId") String eventId, @QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") int limit, @QueryParam("after") String after);

    @GET
    Uni<Page<Wire.CasualtyClaim>> byIds(@QueryParam("ids") String ids);

    @GET
    @Path("{id}")
    Wire.CasualtyClaim get(@PathParam("id") String id);

    @GET
    @Path("summary")
    Wire.CasualtySummary summary(@QueryParam("subject") String subject, @QueryParam("category") String category,
            @QueryParam("equipmentType") String equipmentType, @QueryParam("scope") String scope,
            @QueryParam("asOf") String asOf);

    @POST
    Wire.CasualtyClaim create(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Wire.CasualtyClaimInput input);

    @POST
    @Path("{id}/revisions")
    Wire.CasualtyClaim revise(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Wire.RevisionInput input);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Problems.from(CasualtyServiceClient.NAME, response);
    }
}
