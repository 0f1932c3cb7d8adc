package org.warledger.gateway.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service: its articles ({@code /api/articles}), their candidates and their review. */
@RegisterRestClient(configKey = "intake-service")
@Path("/api")
interface IntakeRestClient {

    @GET
    @Path("articles/{id}")
    Wire.Article get(@PathParam("id") String id);

    @POST
    @Path("articles")
    Wire.Article submit(@HeaderParam("Authorization") String authorization, Wire.ArticleInput input);

    @POST
    @Path("articles/{id}/candidates/{cid}/acceptance")
    Wire.Candidate accept(@HeaderParam("Authorization") String authorization, @PathParam("id") String articleId,
            @PathParam("cid") String id, Wire.AcceptanceInput input);

    @POST
    @Path("articles/{id}/candidates/{cid}/rejection")
    Wire.Candidate reject(@HeaderParam("Authorization") String authorization, @PathParam("id") String articleId,
            @PathParam("cid") String id, Wire.RejectionInput input);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Problems.from(IntakeServiceClient.NAME, response);
    }
}
