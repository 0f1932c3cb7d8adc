package org.warledger.gateway.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "aid-service")
@Path("/api/aid-pledges")
interface AidRestClient {

    @GET
    @Path("{id}")
    Wire.AidPledge get(@PathParam("id") String id);

    @GET
    @Path("totals")
    Wire.AidTotals totals(@QueryParam("groupBy") String groupBy, @QueryParam("currency") String currency,
            @QueryParam("from") String from, @QueryParam("to") String to);

    @POST
    Wire.AidPledge create(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Wire.AidPledgeInput input);

    @POST
    @Path("{id}/status")
    Wire.AidPledge changeStatus(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Wire.StatusChangeInput input);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Problems.from(AidServiceClient.NAME, response);
    }
}
