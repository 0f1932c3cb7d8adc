package org.warledger.intake.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aid-service's public REST API, as far as accepting a candidate needs it. */
@RegisterRestClient(configKey = "aid-service")
@Path("/api/aid-pledges")
public interface AidApi {

    /** Creates one record; the answer is passed on whatever its status. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    Response create(@HeaderParam("Authorization") String authorization, String record);

    /** Imports NDJSON lines; a line whose externalKey is known is reported EXISTING with its id. */
    @POST
    @Path("import")
    @Consumes("application/x-ndjson")
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    Response importLines(@HeaderParam("Authorization") String authorization, String lines);
}
