package org.warledger.casualty.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.warledger.casualty.domain.Claimant;
import org.warledger.casualty.domain.ClaimantKind;
import org.warledger.casualty.service.ClaimantService;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;
import org.warledger.platform.rest.FieldSelection;
import org.warledger.platform.rest.QueryParameters;
import org.warledger.platform.rest.SparseFields;

@Path("/api/claimants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claimants", description = "Who states figures, as identities under all the names they are written with")
public class ClaimantResource {

    /** Unlinked names listed at most. */
    static final int MAX_UNLINKED = 500;

    private final ClaimantService service;
    private final ClaimMapper mapper;
    private final QueryParameters parameters;
    private final JsonWebToken caller;
    private final SparseFields sparseFields;

    public ClaimantResource(ClaimantService service, ClaimMapper mapper, QueryParameters parameters,
            JsonWebToken caller, SparseFields sparseFields) {
        this.service = service;
        this.mapper = mapper;
        this.parameters = parameters;
        this.caller = caller;
        this.sparseFields = sparseFields;
    }

    @POST
    @RolesAllowed("editor")
    @Operation(operationId = "createClaimant", summary = "Record a claimant identity", description = """
            Needs role editor. A name (its own or an alias) belongs to one claimant: 409 if another has it \
            (case and runs of white space aside). parentId must name an existing claimant (422 otherwise). Claims \
            already recorded under one of its names and linked to no identity are linked to it, each link \
            recorded as ALIAS_ADDED. 201 with Location.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {
                    @Header(name = "Location", description = "The new claimant's URL",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The claimant's version",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimantView.class)))
    public Response create(@NotNull @Valid ClaimantInput input, @Context UriInfo uri) {
        ClaimantView created = mapper.toView(service.create(mapper.toContent(input), caller.getSubject()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).tag(etag(created))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(operationId = "updateClaimant", summary = "Replace a claimant's name, aliases, kind, party or parent",
            description = """
                    Needs role editor. Send the version you read, in the body or as If-Match; a stale version gets \
                    409 (body) or 412 (If-Match), none gets 428. Names it gains link the claims written with them \
                    that have no identity; names it loses unlink nothing (an editor re-links claims one by one). A \
                    parent that is the claimant itself or one of its parts gets 422.""")
    @APIResponse(responseCode = "200", description = "The claimant as changed",
            headers = @Header(name = "ETag", description = "The claimant's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimantView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid ClaimantInput input,
            @HeaderParam("If-Match") String ifMatch) {
        long expected;
        if (ifMatch != null) {
            expected = parameters.version(ifMatch);
            long current = service.get(id).version;
            if (current != expected) {
                throw Refusals.preconditionFailed("claimant " + id + " is at version " + current + ", not " + expected);
            }
        } else if (input.version() != null) {
            expected = input.version();
        } else {
            throw Refusals.preconditionRequired("send the version you are updating, in the body or as If-Match");
        }
        ClaimantView updated = mapper
                .toView(service.update(id, expected, mapper.toContent(input), caller.getSubject()));
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getClaimant", summary = "One claimant identity",
            description = "Its name, aliases, kind, affiliation and parent; its version is also the ETag.")
    @APIResponse(responseCode = "200", description = "The claimant",
            headers = @Header(name = "ETag", description = "The claimant's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimantView.class)))
    public Response get(@PathParam("id") UUID id, @QueryParam(SparseFields.PARAMETER) List<String> fields) {
        FieldSelection<ClaimantView> selection = sparseFields.select(ClaimantView.class, fields);
        ClaimantView claimant = mapper.toView(service.get(id));
        return Response.ok(selection.entity(claimant)).tag(etag(claimant)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listClaimants", summary = "List claimant identities, by name", description = """
            With name, the one identity that name (or alias) stands for, if any, case and runs of white space \
            aside; the other filters narrow the list. affiliation matches a party alone or within a joint \
            affiliation (US matches GB+US).""")
    public Page<ClaimantView> list(
            @QueryParam("name") @Parameter(description = "A name or alias, as written") String name,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ClaimantKind.class)) String kind,
            @QueryParam("affiliation") @Parameter(description = "A party code such as US") String affiliation,
            @QueryParam("parentId") @Parameter(description = "Parts of this claimant") String parentId,
            @QueryParam("limit") @Parameter(description = "Page size, default 50, at most 500") String limit,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam(SparseFields.PARAMETER) List<String> fields) {
        FieldSelection<ClaimantView> selection = sparseFields.select(ClaimantView.class, fields);
        String written = parameters.name("name", name);
        ClaimantKind k = parameters.enumValue("kind", ClaimantKind.class, kind);
        String party = parameters.party("affiliation", affiliation);
        UUID parent = parameters.id("parentId", parentId);
        int size = parameters.limit(limit);
        PageCursor cursor = parameters.cursor(after, PageCursor.Order.NAME);
        if (written != null) {
            return selection.page(new Page<>(service.resolve(written)
                    .filter(c -> (k == null || c.kind == k) && (parent == null || parent.equals(c.parentId))
                            && (party == null
                                    || (c.affiliation != null && List.of(c.affiliation.split("\\+")).contains(party))))
                    .map(mapper::toView).stream().toList(), null));
        }
        Page<Claimant> page = service.list(k, party, parent, cursor, size);
        return selection.page(new Page<>(page.items().stream().map(mapper::toView).toList(), page.nextCursor()));
    }

    @GET
    @Path("unlinked")
    @PermitAll
    @Operation(operationId = "listUnlinkedClaimants", summary = "Written claimants that no identity stands for",
            description = "Each with how many claims are written with it and their newest asOf, most claims first; "
                    + "never guessed: give an identity the name (an alias) to link them.")
    public UnlinkedNamesView unlinked(@QueryParam("limit") @Parameter(
            description = "At most this many names, 1 to 500 (default 100)", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "500", defaultValue = "100")) String limit) {
        int max = parameters.whole("limit", limit, 1, MAX_UNLINKED, 100);
        var names = service.unlinked(max + 1);
        return new UnlinkedNamesView(names.stream().limit(max)
                .map(n -> new UnlinkedNamesView.Name(n.name(), n.claims(), n.latestAsOf())).toList(),
                names.size() > max);
    }

    private static EntityTag etag(ClaimantView claimant) {
        return new EntityTag(Long.toString(claimant.version()));
    }
}
