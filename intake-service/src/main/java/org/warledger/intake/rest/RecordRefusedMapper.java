package org.warledger.intake.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.warledger.intake.domain.RecordRefused;
import org.warledger.platform.rest.Problem;

/** The owning service's refusal of an accepted candidate, answered as that service's own problem. */
public class RecordRefusedMapper {

    @ServerExceptionMapper
    public Response refused(RecordRefused e) {
        Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.problem());
        if (e.unavailable()) {
            answer.header("Retry-After", "30");
        }
        return answer.build();
    }
}
