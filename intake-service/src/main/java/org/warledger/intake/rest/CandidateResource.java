package org.warledger.intake.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warledger.intake.service.ReviewService;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.Page;
import org.warledger.platform.rest.QueryParameters;

@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class CandidateResource {

    /** The most candidates one batch lookup answers. */
    static final int MAX_BATCH = 5000;

    private final ReviewService review;
    private final IntakeMapper mapper;
    private final QueryParameters parameters;

    public CandidateResource(ReviewService review, IntakeMapper mapper, QueryParameters parameters) {
        this.review = review;
        this.mapper = mapper;
        this.parameters = parameters;
    }

    @GET
    @PermitAll
    @Operation(operationId = "candidatesOfArticles", summary = "The candidates of several articles at once",
            description = """
                    The gateway's batch lookup: every candidate of these articles, in article then text order, at \
                    most 5,000 (when there are more, nextCursor says so; read each article's list then).""")
    public Page<CandidateView> ofArticles(@QueryParam("articleIds") @Parameter(
            description = "Comma-separated article ids, at most 500", required = true) String articleIds) {
        if (articleIds == null) {
            throw Refusals.badQueryParameter("articleIds", "is required");
        }
        Set<UUID> ids = parameters.ids("articleIds", articleIds);
        var rows = review.ofArticles(ids, MAX_BATCH + 1);
        boolean more = rows.size() > MAX_BATCH;
        return new Page<>(mapper.toCandidateViews(more ? rows.subList(0, MAX_BATCH) : rows),
                more ? "more-than-" + MAX_BATCH : null);
    }
}
