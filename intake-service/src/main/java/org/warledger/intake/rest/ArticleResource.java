package org.warledger.intake.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warledger.intake.domain.Article;
import org.warledger.intake.domain.ArticleFilter;
import org.warledger.intake.domain.Candidate;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.domain.CandidateStatus;
import org.warledger.intake.domain.Stored;
import org.warledger.intake.service.ArticleService;
import org.warledger.intake.service.ReviewService;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;
import org.warledger.platform.rest.QueryParameters;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Articles in, candidate records out, each field traced to its words")
public class ArticleResource {

    private final ArticleService articles;
    private final ReviewService review;
    private final IntakeMapper mapper;
    private final QueryParameters parameters;
    private final JsonWebToken caller;

    public ArticleResource(ArticleService articles, ReviewService review, IntakeMapper mapper,
            QueryParameters parameters, JsonWebToken caller) {
        this.articles = articles;
        this.review = review;
        this.mapper = mapper;
        this.parameters = parameters;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("editor")
    @Operation(operationId = "submitArticle", summary = "Store an article and extract candidates from it",
            description = """
                    Needs role editor. The text (or the text of the html page) is stored unchanged and never \
                    changes again; candidate claims, pledges and events are extracted from it at once, in the same \
                    transaction. 201 with Location for a new article; the same text posted again (same contentHash) \
                    is the same article: 200 with it, nothing stored. Text over 200,000 characters or html over \
                    2,000,000: 413.""")
    @APIResponse(responseCode = "201", description = "Stored, with its candidates extracted",
            headers = @Header(name = "Location", description = "The article's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "This text was posted before: that article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    public Response submit(@NotNull @Valid ArticleInput input, @Context UriInfo uri) {
        Stored stored = articles.submit(mapper.toNewArticle(input), caller.getSubject());
        ArticleView view = mapper.toView(stored.article(), stored.candidateCount(), true);
        if (!stored.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getArticle", summary = "One article, with its text", description = """
            The article with the stored text its candidates' offsets point into, and how many candidates it has.""")
    public ArticleView get(@PathParam("id") UUID id) {
        Article article = articles.get(id);
        return mapper.toView(article, articles.candidateCounts(List.of(id)).getOrDefault(id, 0L), true);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listArticles", summary = "List or look up articles", description = """
            Newest publication first, without their text. With ids, those articles (unknown ids absent), ignoring \
            the other filters. With changedSince, every article stored or reviewed after that instant, oldest change \
            first. from/to filter on publishedOn.""")
    public Page<ArticleView> list(
            @QueryParam("ids") @Parameter(description = "Comma-separated ids, at most 500") String ids,
            @QueryParam("publisher") String publisher,
            @QueryParam("from") @Parameter(description = "ISO date, on publishedOn") String from,
            @QueryParam("to") @Parameter(description = "ISO date, on publishedOn") String to,
            @QueryParam("changedSince") @Parameter(description = "ISO instant") String changedSince,
            @QueryParam("limit") @Parameter(description = "Page size, default 50, at most 500") String limit,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @Context UriInfo uri) {
        if (ids != null || QueryParameters.present(uri, "ids")) {
            List<Article> found = articles.getMany(parameters.ids("ids", ids));
            return new Page<>(mapper.toViews(found, articles.candidateCounts(found.stream().map(a -> a.id).toList())),
                    null);
        }
        ArticleFilter filter = new ArticleFilter(parameters.text("publisher", publisher), parameters.date("from", from),
                parameters.date("to", to), parameters.instant("changedSince", changedSince));
        Page<Article> page = articles.list(filter, parameters.cursor(after, ArticleService.orderOf(filter)),
                parameters.limit(limit));
        Map<UUID, Long> counts = articles.candidateCounts(page.items().stream().map(a -> a.id).toList());
        return new Page<>(mapper.toViews(page.items(), counts), page.nextCursor());
    }

    @GET
    @Path("{id}/candidates")
    @PermitAll
    @Operation(operationId = "listCandidates", summary = "An article's candidates, in text order", description = """
            Each candidate with its proposed record, span and quote, evidence per field, confidence and reasons, and \
            its review. status and kind narrow the list; 404 for an unknown article.""")
    public Page<CandidateView> candidates(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = CandidateStatus.class)) String status,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = CandidateKind.class)) String kind,
            @QueryParam("limit") @Parameter(description = "Page size, default 50, at most 500") String limit,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after) {
        int size = parameters.limit(limit);
        PageCursor cursor = parameters.cursor(after, PageCursor.Order.NAME);
        int afterOrdinal = 0;
        if (cursor != null) {
            try {
                afterOrdinal = Integer.parseInt(cursor.key());
            } catch (NumberFormatException e) {
                throw Refusals.badQueryParameter("after", "not a cursor of this list");
            }
        }
        List<Candidate> rows = review.ofArticle(id, parameters.enumValue("status", CandidateStatus.class, status),
                parameters.enumValue("kind", CandidateKind.class, kind), afterOrdinal, size);
        return Page.of(rows, size, c -> new PageCursor(PageCursor.Order.NAME, Integer.toString(c.ordinal), c.id),
                mapper::toView);
    }

    @GET
    @Path("{id}/candidates/{cid}")
    @PermitAll
    @Operation(operationId = "getCandidate", summary = "One candidate", description = """
            The candidate with its review; once ACCEPTED, recordId names the record in the owning service and \
            accepted holds the fields it was created with.""")
    public CandidateView candidate(@PathParam("id") UUID id, @PathParam("cid") UUID cid) {
        return mapper.toView(review.get(id, cid));
    }

    @POST
    @Path("{id}/candidates/{cid}/acceptance")
    @RolesAllowed("editor")
    @Operation(operationId = "acceptCandidate", summary = "Accept a candidate: create its record", description = """
            Needs role editor. Creates the record in the owning service (casualty-service, aid-service or \
            event-service) through its public API with the caller's bearer token: the proposed fields with the \
            edits applied (a JSON merge patch), externalKey intake-<articleId>-<candidateId>, and one source: the \
            article's url, publisher, title and dates with the candidate's quote. 200 with the candidate, ACCEPTED, \
            with recordId. Accepting it again answers the same and creates nothing. A rejected candidate: 409. \
            The owning service's refusal is answered as its own problem (status and body) and the candidate stays \
            PROPOSED; an owning service that cannot be reached or fails: 503 or 502 with Retry-After, nothing \
            changed, to be tried again.""")
    public CandidateView accept(@PathParam("id") UUID id, @PathParam("cid") UUID cid, @Valid AcceptanceInput input) {
        return mapper.toView(review.accept(id, cid, input == null ? null : mapper.toTree(input.edits()),
                caller.getSubject(), caller.getRawToken()));
    }

    @POST
    @Path("{id}/candidates/{cid}/rejection")
    @RolesAllowed("editor")
    @Operation(operationId = "rejectCandidate", summary = "Reject a candidate, with the reason", description = """
            Needs role editor. 200 with the candidate, REJECTED; rejecting it again answers the same. An accepted \
            candidate: 409 (its record lives in the owning service now).""")
    public CandidateView reject(@PathParam("id") UUID id, @PathParam("cid") UUID cid,
            @NotNull @Valid RejectionInput input) {
        return mapper.toView(review.reject(id, cid, input.reason().strip(), caller.getSubject()));
    }
}
