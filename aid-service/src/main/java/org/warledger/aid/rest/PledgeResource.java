package org.warledger.aid.rest;

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
import java.util.List;
import java.util.Set;
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
import org.warledger.aid.domain.AidType;
import org.warledger.aid.domain.Kind;
import org.warledger.aid.domain.NormalizedPledge;
import org.warledger.aid.domain.PledgeFilter;
import org.warledger.aid.domain.PledgeStatus;
import org.warledger.aid.domain.TotalsGrouping;
import org.warledger.aid.service.PledgeService;
import org.warledger.platform.imports.ImportReport;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.paging.Page;
import org.warledger.platform.rest.FieldSelection;
import org.warledger.platform.rest.QueryParameters;
import org.warledger.platform.rest.RateLimits;
import org.warledger.platform.rest.SparseFields;

@Path("/api/aid-pledges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Aid pledges", description = "Aid pledged, reported totals and contracts, with money kept twice")
public class PledgeResource {

    private static final String DRY_RUN = "true: validate and check against the ledger, store nothing";

    private final PledgeService service;
    private final PledgeMapper mapper;
    private final QueryParameters parameters;
    private final JsonWebToken caller;
    private final Ndjson ndjson;
    private final RateLimits rateLimits;
    private final SparseFields sparseFields;

    public PledgeResource(PledgeService service, PledgeMapper mapper, QueryParameters parameters, JsonWebToken caller,
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
    @Operation(operationId = "createPledge", summary = "Record an aid pledge, reported total or contract",
            description = """
                    Needs role editor. value is the amount exactly as reported (ISO 4217 currency, decimal amount, \
                    qualifier for "at least"/"over"); normalized EUR/USD values are computed by the service from the \
                    loaded rates. status defaults to ANNOUNCED and opens statusHistory. 201 with Location; 409 if \
                    externalKey is taken.""")
    @APIResponse(responseCode = "201", description = "Recorded", headers = {
            @Header(name = "Location", description = "The new record's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The record's version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PledgeView.class)))
    public Response create(@NotNull @Valid PledgeInput input, @Context UriInfo uri) {
        PledgeView created = mapper.toView(service.create(mapper.toNewPledge(input), caller.getSubject()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).tag(etag(created))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPledge", summary = "One aid record by id", description = """
            The record with its value as reported and normalised to EUR and USD, and its whole status history; \
            its version is also the ETag.""")
    @APIResponse(responseCode = "200", description = "The record",
            headers = @Header(name = "ETag", description = "The record's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PledgeView.class)))
    public Response get(@PathParam("id") UUID id, @QueryParam(SparseFields.PARAMETER) List<String> fields) {
        FieldSelection<PledgeView> selection = sparseFields.select(PledgeView.class, fields);
        PledgeView pledge = mapper.toView(service.get(id));
        return Response.ok(selection.entity(pledge)).tag(etag(pledge)).build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed("editor")
    @Operation(operationId = "changePledgeStatus", summary = "Record a status change", description = """
            Needs role editor. A dated, sourced step: PROPOSED → ANNOUNCED → COMMITTED → ALLOCATED → DELIVERED, \
            forward only (steps may be skipped); DECLINED or WITHDRAWN from any status that is not final. DELIVERED, \
            DECLINED and WITHDRAWN are final. The date may not precede the previous step's. Every step stays in \
            statusHistory.""")
    @APIResponse(responseCode = "200", description = "The record with its new status",
            headers = @Header(name = "ETag", description = "The record's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PledgeView.class)))
    public Response changeStatus(@PathParam("id") UUID id, @NotNull @Valid StatusInput input) {
        PledgeView changed = mapper.toView(service.changeStatus(id, mapper.toStep(input), caller.getSubject()));
        return Response.ok(changed).tag(etag(changed)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPledges", summary = "List or look up aid records", description = """
            Newest announcement first. With ids, returns those records, unknown ids absent, ignoring the other \
            filters. eventId takes one or more comma-separated event ids (the gateway's batch lookup). With \
            changedSince, every record changed after that instant, oldest change first. from/to filter on \
            announcedOn.""")
    public Page<PledgeView> list(
            @QueryParam("ids") @Parameter(description = "Comma-separated ids, at most 500") String ids,
            @QueryParam("donor") @Parameter(description = "Country or organisation code") String donor,
            @QueryParam("recipient") String recipient,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = AidType.class)) String type,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = Kind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PledgeStatus.class)) String status,
            @QueryParam("eventId") @Parameter(description = "Comma-separated event ids, at most 500") String eventId,
            @QueryParam("parentId") @Parameter(description = "The packages inside this pledge") String parentId,
            @QueryParam("from") @Parameter(description = "ISO date, on announcedOn") String from,
            @QueryParam("to") @Parameter(description = "ISO date, on announcedOn") String to,
            @QueryParam("changedSince") @Parameter(description = "ISO instant") String changedSince,
            @QueryParam("limit") @Parameter(description = "Page size, default 50, at most 500") String limit,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam(SparseFields.PARAMETER) List<String> fields, @Context UriInfo uri) {
        FieldSelection<PledgeView> selection = sparseFields.select(PledgeView.class, fields);
        if (ids != null || QueryParameters.present(uri, "ids")) {
            return selection.page(new Page<>(mapper.toViews(service.getMany(parameters.ids("ids", ids))), null));
        }
        if (eventId == null && QueryParameters.present(uri, "eventId")) {
            eventId = "";
        }
        PledgeFilter filter = filter(donor, recipient, type, kind, status, eventId, parentId, from, to, changedSince);
        Page<NormalizedPledge> page = service.list(filter, parameters.cursor(after, PledgeService.orderOf(filter)),
                parameters.limit(limit));
        return selection.page(new Page<>(mapper.toViews(page.items()), page.nextCursor()));
    }

    @GET
    @Path("totals")
    @PermitAll
    @Operation(operationId = "getPledgeTotals", summary = "Totals that never double count", description = """
            Sums, in EUR or USD, the normalised values of the records that count: kind PLEDGE only (REPORTED_TOTAL \
            and CONTRACT records are never added), status neither DECLINED nor WITHDRAWN, and not part of a parent \
            pledge that itself counts (a package is never added on top of the pledge that contains it). Each \
            record is converted with the latest rates on or before its announcement date and rounded to cents. \
            Counted records without a value or without a rate are in count and unvalued, not in total. \
            groupBy donor, type, status or month (of announcedOn) splits the total; groups add up to it. \
            from/to on announcedOn, and donor, recipient, type, status narrow what is counted.""")
    public TotalsView totals(
            @QueryParam("groupBy") @Parameter(
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "donor", "type", "status", "month" }),
                    description = "donor, type, status or month") String groupBy,
            @QueryParam("currency") @Parameter(
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "EUR", "USD" }, defaultValue = "EUR"),
                    description = "EUR (default) or USD") String currency,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("donor") String donor,
            @QueryParam("recipient") String recipient,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = AidType.class)) String type,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PledgeStatus.class)) String status) {
        String sum = parameters.choice("currency", currency, Set.of("EUR", "USD"), "EUR");
        String group = parameters.choice("groupBy", groupBy, PledgeMapper.GROUPINGS.keySet(), null);
        TotalsGrouping grouping = group == null ? null : PledgeMapper.GROUPINGS.get(group);
        PledgeFilter filter = new PledgeFilter(parameters.party("donor", donor),
                parameters.party("recipient", recipient), parameters.enumValue("type", AidType.class, type), null,
                parameters.enumValue("status", PledgeStatus.class, status), null, null, parameters.date("from", from),
                parameters.date("to", to), null);
        return mapper.toView(service.totals(sum, grouping, filter));
    }

    @POST
    @Path("import")
    @RolesAllowed("editor")
    @Consumes({ "application/x-ndjson", MediaType.TEXT_PLAIN })
    @Operation(operationId = "importPledges", summary = "Import aid records in bulk", description = """
            Needs role editor. One PledgeInput per line (NDJSON), at most 10,000 lines, each with an \
            externalKey. Every line is validated like a single create; the valid ones are stored in one \
            transaction, the invalid ones reported by line number with their violations. A line whose \
            externalKey is already known is reported EXISTING with its id, so importing a file twice changes \
            nothing. With dryRun=true the whole import is carried out, database constraints included, then \
            rolled back: the report says what would happen (dryRun true). Every physical line is reported: a \
            blank one SKIPPED, one that is not exactly one JSON object (two objects, or records parted by a \
            lone CR) REJECTED whole. Over 10,000 lines or a line over 1 MiB: 413, nothing stored. A rejected \
            line lists its first 10 violations and violationCount. Rate-limited per caller: 429 with \
            Retry-After.""")
    public ImportReport importPledges(InputStream body,
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
        try (var permit = rateLimits.admitImport()) {
            boolean dry = parameters.flag("dryRun", dryRun);
            return service.importPledges(
                    mapper.toNewPledges(ndjson.read(body, PledgeInput.class, PledgeInput::externalKey)),
                    caller.getSubject(), dry);
        }
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces("application/x-ndjson")
    @Operation(operationId = "exportPledges", summary = "Export aid records as NDJSON", description = """
            The same filters and order as the list, one record per line, up to limit (default 1,000, at most \
            10,000) lines; the Warledger-Next-Cursor header, when present, is the after of the next part. \
            Rate-limited per caller (token subject, else client address), with a few exports of one caller \
            served at once: 429 with Retry-After.""")
    public Response export(@QueryParam("donor") String donor, @QueryParam("recipient") String recipient,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = AidType.class)) String type,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = Kind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PledgeStatus.class)) String status,
            @QueryParam("eventId") String eventId, @QueryParam("parentId") String parentId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("changedSince") String changedSince, @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        try (var permit = rateLimits.admitExport()) {
            PledgeFilter filter = filter(donor, recipient, type, kind, status, eventId, parentId, from, to,
                    changedSince);
            Page<NormalizedPledge> page = service.list(filter, parameters.cursor(after, PledgeService.orderOf(filter)),
                    parameters.exportLimit(limit));
            return Response.ok(ndjson.write(mapper.toViews(page.items()))).header(Ndjson.NEXT_CURSOR, page.nextCursor())
                    .build();
        }
    }

    private PledgeFilter filter(String donor, String recipient, String type, String kind, String status, String eventId,
            String parentId, String from, String to, String changedSince) {
        return new PledgeFilter(parameters.party("donor", donor), parameters.party("recipient", recipient),
                parameters.enumValue("type", AidType.class, type), parameters.enumValue("kind", Kind.class, kind),
                parameters.enumValue("status", PledgeStatus.class, status),
                eventId == null ? null : parameters.ids("eventId", eventId), parameters.id("parentId", parentId),
                parameters.date("from", from), parameters.date("to", to),
                parameters.instant("changedSince", changedSince));
    }

    private static EntityTag etag(PledgeView pledge) {
        return new EntityTag(Long.toString(pledge.version()));
    }
}
