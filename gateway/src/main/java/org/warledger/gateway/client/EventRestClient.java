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
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "event-service")
@Path("/api/events")
interface EventRestClient {

    @GET
    @Path("{id}")
    Wire.Event get(@PathParam("id") String id, @QueryParam("fields") String fields);

    @POST
    Wire.Event create(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Wire.EventInput input);

    @PUT
    @Path("{id}")
    Wire.Event update(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Wire.EventInput input);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Problems.from(EventServiceClient.NAME, response);
    }
}
