package org.warledger.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.warledger.gateway.graphql.Event;
import org.warledger.gateway.graphql.Inputs.EventInput;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

@RegisterRestClient(configKey = "event-service")
@Path("/api/events")
interface EventRestClient {

    @GET
    Uni<Page<Event>> list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("type") String type,
            @QueryParam("actor") String actor, @QueryParam("country") String country, @QueryParam("q") String q,
            @QueryParam("limit") int limit, @QueryParam("after") String after);

    @GET
    Uni<Page<Event>> byIds(@QueryParam("ids") String ids);

    @GET
    @Path("{id}")
    Event get(@PathParam("id") String id);

    @POST
    Event create(@HeaderParam("Authorization") String authorization, EventInput input);

    @PUT
    @Path("{id}")
    Event update(@HeaderParam("Authorization") String authorization, @PathParam("id") String id, EventInput input);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Problems.from(EventServiceClient.NAME, response);
    }
}
