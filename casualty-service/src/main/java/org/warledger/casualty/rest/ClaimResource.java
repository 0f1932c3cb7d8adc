package org.warledger.casualty.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
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
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.ClaimFilter;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.ScopeKind;
import org.warledger.casualty.domain.SeriesQuery;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.casualty.service.ClaimService;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.imports.ImportReport;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.paging.Page;
import org.warledger.platform.rest.FieldSelection;
import org.warledger.platform.rest.QueryParameters;
import org.warledger.platform.rest.RateLimits;
import org.warledger.platform.rest.SparseFields;

@Path("/api/casualty-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Casualty claims", description = "Figures someone stated about someone's losses, kept as stated")
public class ClaimResource {

    private static final String DRY_RUN = "true: validate and check against the ledger, store nothing";
    private static final String KNOWN_AT = "ISO instant: the ledger as it stood then (later revisions, retractions "
            + "and links not visible)";
    private static final String CLAIMANT = "A claimant identity by any of its names, or a written claimant without "
            + "identity";
    private static final String AFFILIATION = "Claims of identities speaking for this party, alone or jointly";
    /** A series names at most this many claimants (and as many parties). */
    static final int MAX_SERIES_CLAIMANTS = 20;
    /** A series has at most this many points, the oldest. */
    static final int MAX_SERIES_POINTS = 5000;

    private static final String FIGURE_RULES = """
            The client sends figure.qualifier with figure.value (or low/high for RANGE); the service derives \
            low/best/high: EXACT v → v/v/v; APPROXIMATELY v → floor(v·(1−t))/v/ceil(v·(1+t)) with t = \
            warledger.figures.approximately-tolerance (default 0.1); AT_LEAST v → v/v/none; MORE_THAN v → \
            v+1/v+1/none; AT_MOST v → none/v/v; RANGE → low/value if stated/high (low ≤ value ≤ high); \
            UNQUANTIFIED → no number at all, and no value may be sent; an UNQUANTIFIED figure may carry the vague \
            word it was stated with (figure.word, "thousands"), which gives it the word's lower bound when the word \
            is in the vocabulary (warledger.figures.vague-words: dozens 24, hundreds 200, thousands 2,000, tens of \
            thousands 20,000, …) and no bound otherwise. A claim is linked to the claimant identity one of whose \
            names its claimant is written with (case and runs of white space aside), if any.""";

    private final ClaimService service;
    private final ClaimMapper mapper;
    private final QueryParameters parameters;
    private final JsonWebToken caller;
    private final Ndjson ndjson;
    private final RateLimits rateLimits;
    private final SparseFields sparseFields;

    public ClaimResource(ClaimService service, ClaimMapper mapper, QueryParameters parameters, JsonWebToken caller,
            Ndjson ndjson, RateLimits rateLimits, SparseFields sparseFields) {
        this.service = service;
        this.mapper = mapper;
        this.parameters = parameters;
        this.caller = caller;
        this.ndjson = ndjson;
        this.rateLimits = rateLimits;
        this.sparseFields = sparseFields;
    }

    @POST
    @RolesAllowed("editor")
    @Operation(operationId = "createClaim", summary = "Record a casualty claim", description = "Needs role editor. "
            + FIGURE_RULES
            + " equipmentType is required exactly when category is EQUIPMENT. An INTERVAL scope needs from and to. "
            + "201 with Location; 409 if externalKey is taken.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = {
            @Header(name = "Location", description = "The new claim's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The claim's version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimView.class)))
    public Response create(@NotNull @Valid ClaimInput input, @Context UriInfo uri) {
        ClaimView created = mapper.toView(service.create(mapper.toNewClaim(input), caller.getSubject()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).tag(etag(created))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getClaim", summary = "One claim by id, in its current revision",
            description = """
                    The claim with its figure as stated and its derived low/best/high, its scope, sources and status \
                    (a retracted claim is still found, with status RETRACTED and its reason); its version is also the ETag.             With knownAt, the claim as the ledger stood then: its figure of then, linked as it was then, retracted             only if it was by then, at its version of then; 404 if it was not recorded yet.""")
    @APIResponse(responseCode = "200", description = "The claim",
            headers = @Header(name = "ETag", description = "The claim's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimView.class)))
    public Response get(@PathParam("id") UUID id,
            @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt,
            @QueryParam(SparseFields.PARAMETER) List<String> fields) {
        FieldSelection<ClaimView> selection = sparseFields.select(ClaimView.class, fields);
        ClaimView claim = mapper.toView(service.get(id, parameters.instant("knownAt", knownAt)), selection);
        return Response.ok(selection.entity(claim)).tag(etag(claim)).build();
    }

    @POST
    @Path("{id}/revisions")
    @RolesAllowed("editor")
    @Operation(operationId = "reviseClaim", summary = "Correct a claim's figure", description = "Needs role editor. "
            + "Send the version you correct; a stale one gets 409, and so does a retracted claim. The earlier value "
            + "stays in the history, marked SUPERSEDED. " + FIGURE_RULES)
    @APIResponse(responseCode = "200", description = "The claim in its new revision, with the next version",
            headers = @Header(name = "ETag", description = "The claim's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimView.class)))
    public Response revise(@PathParam("id") UUID id, @NotNull @Valid RevisionInput input) {
        ClaimView revised = mapper.toView(service.revise(id, mapper.toCorrection(input), caller.getSubject()));
        return Response.ok(revised).tag(etag(revised)).build();
    }

    @POST
    @Path("{id}/retraction")
    @RolesAllowed("editor")
    @Operation(operationId = "retractClaim", summary = "Retract a claim", description = "Needs role editor. Send the "
            + "version you retract; a stale one gets 409. Nothing is deleted: the claim keeps its history, gets status "
            + "RETRACTED, leaves summaries and the default list, and shows in the changedSince feed.")
    @APIResponse(responseCode = "200", description = "The claim, now RETRACTED, with the next version",
            headers = @Header(name = "ETag", description = "The claim's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimView.class)))
    public Response retract(@PathParam("id") UUID id, @NotNull @Valid RetractionInput input) {
        ClaimView retracted = mapper.toView(service.retract(id, input.version(), input.reason(), caller.getSubject()));
        return Response.ok(retracted).tag(etag(retracted)).build();
    }

    @GET
    @Path("{id}/history")
    @PermitAll
    @Operation(operationId = "getClaimHistory", summary = "Every value a claim has had, oldest first",
            description = "Superseded values are marked SUPERSEDED; the current one ACTIVE (or RETRACTED). With "
                    + "knownAt, the values it had by then, marked as they stood then.")
    public List<RevisionView> history(@PathParam("id") UUID id,
            @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt) {
        return service.history(id, parameters.instant("knownAt", knownAt)).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("{id}/claimant")
    @RolesAllowed("editor")
    @Operation(operationId = "linkClaimant", summary = "Link a claim to a claimant identity, or unlink it",
            description = "Needs role editor. Send the claim's version; a stale one gets 409, and so does a link "
                    + "to the identity it has already. The written claimant stays as it is; the link is recorded "
                    + "(claimant-links) with the one it replaces. An unknown claimantId gets 422.")
    @APIResponse(responseCode = "200", description = "The claim, linked, with the next version",
            headers = @Header(name = "ETag", description = "The claim's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimView.class)))
    public Response link(@PathParam("id") UUID id, @NotNull @Valid ClaimantLinkInput input) {
        ClaimView linked = mapper
                .toView(service.relink(id, input.version(), input.claimantId(), input.note(), caller.getSubject()));
        return Response.ok(linked).tag(etag(linked)).build();
    }

    @GET
    @Path("{id}/claimant-links")
    @PermitAll
    @Operation(operationId = "getClaimantLinks", summary = "Every identity a claim has been linked to, oldest first",
            description = "ON_CREATE: its written claimant was a name of the identity when it was recorded; "
                    + "ALIAS_ADDED: the identity got that name later; EDITOR: an editor linked, re-linked or "
                    + "unlinked it.")
    public List<ClaimantLinkView> links(@PathParam("id") UUID id) {
        return service.links(id).stream().map(mapper::toView).toList();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listClaims", summary = "List or look up claims", description = """
            Newest asOf first. With ids, returns those claims whatever their status, unknown ids absent, ignoring \
            the other filters. eventId takes one or more comma-separated event ids (the gateway's batch lookup). \
            With changedSince, every claim changed after that instant, retractions included, oldest change first. \
            from/to filter on asOf. claimant names an identity by any of its names (all its claims, however \
            written), or else a written claimant without identity. With knownAt, the ledger as it stood then: \
            claims recorded later are absent, and each claim shows its figure, status and link of then.""")
    public Page<ClaimView> list(
            @QueryParam("ids") @Parameter(description = "Comma-separated ids, at most 500") String ids,
            @QueryParam("subject") @Parameter(description = "Party code such as RU") String subject,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = Category.class)) String category,
            @QueryParam("equipmentType") @Parameter(
                    schema = @Schema(implementation = EquipmentType.class)) String equipmentType,
            @QueryParam("scope") @Parameter(description = "CUMULATIVE or INTERVAL",
                    schema = @Schema(implementation = ScopeKind.class)) String scope,
            @QueryParam("claimant") @Parameter(description = CLAIMANT) String claimant,
            @QueryParam("claimantId") @Parameter(description = "A claimant identity's id") String claimantId,
            @QueryParam("affiliation") @Parameter(description = AFFILIATION) String affiliation,
            @QueryParam("eventId") @Parameter(description = "Comma-separated event ids, at most 500") String eventId,
            @QueryParam("status") @Parameter(description = "ACTIVE (default), SUPERSEDED or RETRACTED",
                    schema = @Schema(implementation = ClaimStatus.class)) String status,
            @QueryParam("from") @Parameter(description = "ISO date, on asOf") String from,
            @QueryParam("to") @Parameter(description = "ISO date, on asOf") String to,
            @QueryParam("changedSince") @Parameter(description = "ISO instant") String changedSince,
            @QueryParam("limit") @Parameter(description = "Page size, default 50, at most 500") String limit,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt,
            @QueryParam(SparseFields.PARAMETER) List<String> fields, @Context UriInfo uri) {
        FieldSelection<ClaimView> selection = sparseFields.select(ClaimView.class, fields);
        if (ids != null || QueryParameters.present(uri, "ids")) {
            return selection
                    .page(new Page<>(service.getMany(parameters.ids("ids", ids), parameters.instant("knownAt", knownAt))
                            .stream().map(c -> mapper.toView(c, selection)).toList(), null));
        }
        if (eventId == null && QueryParameters.present(uri, "eventId")) {
            eventId = "";
        }
        ClaimFilter filter = filter(subject, category, equipmentType, scope, claimant, claimantId, affiliation, eventId,
                status, from, to, changedSince, knownAt);
        return selection.page(views(
                service.list(filter, parameters.cursor(after, ClaimService.orderOf(filter)), parameters.limit(limit)),
                selection));
    }

    @GET
    @Path("summary")
    @PermitAll
    @Operation(operationId = "getClaimSummary", summary = "Who disagrees with whom on one quantity, and by how much",
            description = """
                    The latest active claim of each claimant identity as of a date (a claim without identity stands \
                    for its written claimant), for one subject, category (and equipment type for EQUIPMENT) and \
                    scope kind — like with like only: interval figures never mix with cumulative ones, equipment \
                    never with personnel. Each claim allows the numbers from its low (0 when none) to its high \
                    (none: open above). The answer gives where the best estimates start and end (lowestBest, \
                    highestBest), the numbers every claim allows (agreement, when verdict is AGREE) or the pairs \
                    that contradict, with the gap between them; low/high, the numbers some claim allows; the oldest \
                    asOf compared. window=N compares only claims with an asOf at most N days before asOf and lists \
                    the others as excluded. byAffiliation repeats the comparison per party of the claimants, with \
                    how it stands to the subject (OWN_SIDE, OPPOSING_SIDE, THIRD_PARTY). knownAt reads the ledger \
                    as it stood at that instant.""")
    public SummaryView summary(
            @QueryParam("subject") @Parameter(required = true, description = "Party code such as RU") String subject,
            @QueryParam("category") @Parameter(required = true,
                    schema = @Schema(implementation = Category.class)) String category,
            @QueryParam("equipmentType") @Parameter(description = "Required for EQUIPMENT, not allowed otherwise",
                    schema = @Schema(implementation = EquipmentType.class)) String equipmentType,
            @QueryParam("scope") @Parameter(description = "CUMULATIVE (default) or INTERVAL",
                    schema = @Schema(implementation = ScopeKind.class)) String scope,
            @QueryParam("asOf") @Parameter(description = "ISO date; today when omitted") String asOf,
            @QueryParam("window") @Parameter(description = "Days before asOf, 0 to 36500: older claims are left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "36500")) String window,
            @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt) {
        Category quantity = required("category", parameters.enumValue("category", Category.class, category));
        EquipmentType type = equipmentTypeFor(quantity, equipmentType);
        ScopeKind kind = parameters.enumValue("scope", ScopeKind.class, scope);
        LocalDate date = parameters.date("asOf", asOf);
        return mapper.toView(service.summary(new SummaryQuery(required("subject", parameters.party("subject", subject)),
                quantity, type, kind == null ? ScopeKind.CUMULATIVE : kind, date == null ? LocalDate.now() : date,
                parameters.whole("window", window, 0, 36_500, null), parameters.instant("knownAt", knownAt))));
    }

    @GET
    @Path("series")
    @PermitAll
    @Operation(operationId = "getClaimSeries", summary = "Claimants' figures over time, for charts", description = """
            Active claims on one subject and category (and equipment type) of the claimants named (claimant, \
            repeatable, at most 20: an identity by any of its names, or a written claimant without identity) and \
            of the identities speaking for a party (affiliation, repeatable), one line per identity, each oldest \
            asOf first; scope narrows to one kind. At most limit points in all (default and maximum 5000), the \
            oldest; truncated says more exist. knownAt reads the ledger as it stood then.""")
    public SeriesView series(
            @QueryParam("subject") @Parameter(required = true, description = "Party code such as RU") String subject,
            @QueryParam("category") @Parameter(required = true,
                    schema = @Schema(implementation = Category.class)) String category,
            @QueryParam("equipmentType") @Parameter(description = "Required for EQUIPMENT, not allowed otherwise",
                    schema = @Schema(implementation = EquipmentType.class)) String equipmentType,
            @QueryParam("claimant") @Parameter(description = "A claimant; repeat for several") List<String> claimant,
            @QueryParam("affiliation") @Parameter(
                    description = "A party code; repeat for several") List<String> affiliation,
            @QueryParam("scope") @Parameter(description = "CUMULATIVE or INTERVAL; both when omitted",
                    schema = @Schema(implementation = ScopeKind.class)) String scope,
            @QueryParam("limit") @Parameter(description = "Points in all, 1 to 5000 (default 5000)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5000",
                            defaultValue = "5000")) String limit,
            @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt) {
        Category quantity = required("category", parameters.enumValue("category", Category.class, category));
        List<String> claimants = claimant == null ? List.of()
                : claimant.stream().map(c -> required("claimant", parameters.name("claimant", c))).distinct().toList();
        List<String> parties = affiliation == null ? List.of() : affiliation.stream()
                .map(a -> required("affiliation", parameters.party("affiliation", a))).distinct().toList();
        if (claimants.size() > MAX_SERIES_CLAIMANTS) {
            throw Refusals.badQueryParameter("claimant", "at most " + MAX_SERIES_CLAIMANTS + " claimants at once");
        }
        if (parties.size() > MAX_SERIES_CLAIMANTS) {
            throw Refusals.badQueryParameter("affiliation", "at most " + MAX_SERIES_CLAIMANTS + " parties at once");
        }
        if (claimants.isEmpty() && parties.isEmpty()) {
            throw Refusals.badQueryParameter("claimant", "name at least one claimant or affiliation");
        }
        return mapper.toView(service.series(new SeriesQuery(required("subject", parameters.party("subject", subject)),
                quantity, equipmentTypeFor(quantity, equipmentType), claimants, parties,
                parameters.enumValue("scope", ScopeKind.class, scope), parameters.instant("knownAt", knownAt),
                parameters.whole("limit", limit, 1, MAX_SERIES_POINTS, MAX_SERIES_POINTS))));
    }

    @POST
    @Path("import")
    @RolesAllowed("editor")
    @Consumes({ "application/x-ndjson", MediaType.TEXT_PLAIN })
    @Operation(operationId = "importClaims", summary = "Import claims in bulk", description = """
            Needs role editor. One ClaimInput per line (NDJSON), at most 10,000 lines, each with an \
            externalKey. Every line is validated like a single create; the valid ones are stored in one \
            transaction, the invalid ones reported by line number with their violations. A line whose \
            externalKey is already known is reported EXISTING with its id, so importing a file twice changes \
            nothing. With dryRun=true the whole import is carried out, database constraints included, then \
            rolled back: the report says what would happen (dryRun true). Every physical line is reported: a \
            blank one SKIPPED, one that is not exactly one JSON object (two objects, or records parted by a \
            lone CR) REJECTED whole. Over 10,000 lines or a line over 1 MiB: 413, nothing stored. A rejected \
            line lists its first 10 violations and violationCount. Rate-limited per caller: 429 with \
            Retry-After.""")
    public ImportReport importClaims(InputStream body,
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
        try (var permit = rateLimits.admitImport()) {
            boolean dry = parameters.flag("dryRun", dryRun);
            return service.importClaims(
                    mapper.toNewClaims(ndjson.read(body, ClaimInput.class, ClaimInput::externalKey)),
                    caller.getSubject(), dry);
        }
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces("application/x-ndjson")
    @Operation(operationId = "exportClaims", summary = "Export claims as NDJSON", description = """
            The same filters and order as the list, one claim per line, up to limit (default 1,000, at most 10,000) \
            lines; the Warledger-Next-Cursor header, when present, is the after of the next part. Rate-limited per \
            caller (token subject, else client address), with a few exports of one caller served at once: 429 with \
            Retry-After.""")
    @APIResponse(responseCode = "200", description = "One ClaimView per line",
            headers = @Header(name = Ndjson.NEXT_CURSOR, description = "The after of the next part, when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("subject") @Parameter(description = "Party code such as RU") String subject,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = Category.class)) String category,
            @QueryParam("equipmentType") @Parameter(
                    schema = @Schema(implementation = EquipmentType.class)) String equipmentType,
            @QueryParam("scope") @Parameter(schema = @Schema(implementation = ScopeKind.class)) String scope,
            @QueryParam("claimant") String claimant, @QueryParam("claimantId") String claimantId,
            @QueryParam("affiliation") String affiliation, @QueryParam("eventId") String eventId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ClaimStatus.class)) String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("changedSince") String changedSince, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @QueryParam("knownAt") String knownAt) {
        try (var permit = rateLimits.admitExport()) {
            ClaimFilter filter = filter(subject, category, equipmentType, scope, claimant, claimantId, affiliation,
                    eventId, status, from, to, changedSince, knownAt);
            Page<ClaimView> page = views(service.list(filter, parameters.cursor(after, ClaimService.orderOf(filter)),
                    parameters.exportLimit(limit)));
            return Response.ok(ndjson.write(page.items())).header(Ndjson.NEXT_CURSOR, page.nextCursor()).build();
        }
    }

    private ClaimFilter filter(String subject, String category, String equipmentType, String scope, String claimant,
            String claimantId, String affiliation, String eventId, String status, String from, String to,
            String changedSince, String knownAt) {
        return new ClaimFilter(parameters.party("subject", subject),
                parameters.enumValue("category", Category.class, category),
                parameters.enumValue("equipmentType", EquipmentType.class, equipmentType),
                parameters.enumValue("scope", ScopeKind.class, scope), parameters.name("claimant", claimant),
                parameters.id("claimantId", claimantId), parameters.party("affiliation", affiliation),
                eventId == null ? null : parameters.ids("eventId", eventId),
                parameters.enumValue("status", ClaimStatus.class, status), parameters.date("from", from),
                parameters.date("to", to), parameters.instant("changedSince", changedSince),
                parameters.instant("knownAt", knownAt));
    }

    private Page<ClaimView> views(Page<CasualtyClaim> page) {
        return new Page<>(page.items().stream().map(mapper::toView).toList(), page.nextCursor());
    }

    private Page<ClaimView> views(Page<CasualtyClaim> page, FieldSelection<ClaimView> fields) {
        return new Page<>(page.items().stream().map(c -> mapper.toView(c, fields)).toList(), page.nextCursor());
    }

    private EquipmentType equipmentTypeFor(Category category, String text) {
        EquipmentType type = parameters.enumValue("equipmentType", EquipmentType.class, text);
        if ((category == Category.EQUIPMENT) != (type != null)) {
            throw Refusals.badQueryParameter("equipmentType",
                    "is required for EQUIPMENT and not allowed for personnel categories");
        }
        return type;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw Refusals.badQueryParameter(name, "is required");
        }
        return value;
    }

    private static EntityTag etag(ClaimView claim) {
        return new EntityTag(Long.toString(claim.version()));
    }
}
