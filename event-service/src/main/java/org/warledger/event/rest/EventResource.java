package org.warledger.event.rest;

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
import java.io.InputStream;
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
import org.warledger.event.domain.Event;
import org.warledger.event.domain.EventContent;
import org.warledger.event.domain.EventFilter;
import org.warledger.event.domain.EventType;
import org.warledger.event.domain.RecordStatus;
import org.warledger.event.service.EventService;
import org.warledger.event.service.EventService.VersionSource;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.imports.ImportReport;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.paging.Page;
import org.warledger.platform.rest.FieldSelection;
import org.warledger.platform.rest.QueryParameters;
import org.warledger.platform.rest.RateLimits;
import org.warledger.platform.rest.SparseFields;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Events of the war as reported, with their sources")
public class EventResource {

    private static final String DRY_RUN = "true: validate and check against the ledger, store nothing";

    private final EventService service;
    private final QueryParameters parameters;
    private final JsonWebToken caller;
    private final Ndjson ndjson;
    private final RateLimits rateLimits;
    private final SparseFields sparseFields;

    public EventResource(EventService service, QueryParameters parameters, JsonWebToken caller, Ndjson ndjson,
            RateLimits rateLimits, SparseFields sparseFields) {
        this.service = service;
        this.parameters = parameters;
        this.caller = caller;
        this.ndjson = ndjson;
        this.rateLimits = rateLimits;
        this.sparseFields = sparseFields;
    }

    @POST
    @RolesAllowed("editor")
    @Operation(operationId = "createEvent", summary = "Record an event",
            description = "Needs role editor. Figures in quantities get derived "
                    + "low/best/high bounds. 201 with Location; 409 if externalKey is taken.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = {
            @Header(name = "Location", description = "The new record's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The record's version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventView.class)))
    public Response create(@NotNull @Valid EventInput input, @Context UriInfo uri) {
        EventView created = EventMapper.toView(service.create(EventMapper.toContent(input), caller.getSubject()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).tag(etag(created))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "One event by id",
            description = "Retracted events are returned too, with their status.")
    @APIResponse(responseCode = "200", description = "The event",
            headers = @Header(name = "ETag", description = "The record's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventView.class)))
    public Response get(@PathParam("id") UUID id, @QueryParam(SparseFields.PARAMETER) List<String> fields) {
        FieldSelection<EventView> selection = sparseFields.select(EventView.class, fields);
        EventView event = EventMapper.toView(service.get(id));
        return Response.ok(selection.entity(event)).tag(etag(event)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("editor")
    @Operation(operationId = "updateEvent", summary = "Replace an event's content",
            description = "Needs role editor. Send the version you read, "
                    + "in the body or as If-Match; a stale version gets 409 (body) or 412 (If-Match), none gets 428.")
    @APIResponse(responseCode = "200", description = "The event as changed",
            headers = @Header(name = "ETag", description = "The record's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid EventInput input,
            @HeaderParam("If-Match") String ifMatch) {
        VersionSource source;
        long expected;
        if (ifMatch != null) {
            source = VersionSource.IF_MATCH;
            expected = parameters.version(ifMatch);
        } else if (input.version() != null) {
            source = VersionSource.BODY;
            expected = input.version();
        } else {
            throw Refusals.preconditionRequired("send the version you are updating, in the body or as If-Match");
        }
        EventView updated = EventMapper
                .toView(service.update(id, EventMapper.toContent(input), expected, source, caller.getSubject()));
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @POST
    @Path("{id}/retraction")
    @RolesAllowed("editor")
    @Operation(operationId = "retractEvent", summary = "Retract an event",
            description = "Needs role editor. Nothing is deleted: the event is kept with status RETRACTED and the "
                    + "reason, leaves the default list and appears in the changedSince feed.")
    @APIResponse(responseCode = "200", description = "The event, retracted",
            headers = @Header(name = "ETag", description = "The record's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventView.class)))
    public Response retract(@PathParam("id") UUID id, @NotNull @Valid RetractionInput input) {
        EventView retracted = EventMapper
                .toView(service.retract(id, input.version(), input.reason(), caller.getSubject()));
        return Response.ok(retracted).tag(etag(retracted)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "List or look up events", description = """
            Newest first (date, then id). With ids, returns those events whatever their status, unknown ids absent, \
            and ignores the other filters. With changedSince, returns every event changed after that instant, \
            retractions included, oldest change first: the feed for incremental sync. \
            from/to select events whose span overlaps the period.""")
    public Page<EventView> list(
            @QueryParam("ids") @Parameter(description = "Comma-separated ids, at most 500") String ids,
            @QueryParam("from") @Parameter(description = "ISO date") String from,
            @QueryParam("to") @Parameter(description = "ISO date") String to,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = EventType.class),
                    description = "One event type") String type,
            @QueryParam("actor") @Parameter(description = "Exact actor name") String actor,
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 code of the location") String country,
            @QueryParam("tag") String tag,
            @QueryParam("q") @Parameter(description = "Words to find in title and summary") String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RecordStatus.class),
                    description = "ACTIVE (default) or RETRACTED") String status,
            @QueryParam("changedSince") @Parameter(description = "ISO instant") String changedSince,
            @QueryParam("limit") @Parameter(description = "Page size, default 50, at most 500") String limit,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam(SparseFields.PARAMETER) List<String> fields, @Context UriInfo uri) {
        FieldSelection<EventView> selection = sparseFields.select(EventView.class, fields);
        if (ids != null || QueryParameters.present(uri, "ids")) {
            return selection.page(new Page<>(views(service.getMany(parameters.ids("ids", ids))), null));
        }
        EventFilter filter = filter(from, to, type, actor, country, tag, q, status, changedSince);
        return selection.page(views(
                service.list(filter, parameters.cursor(after, EventService.orderOf(filter)), parameters.limit(limit))));
    }

    @POST
    @Path("import")
    @RolesAllowed("editor")
    @Consumes({ "application/x-ndjson", MediaType.TEXT_PLAIN })
    @Operation(operationId = "importEvents", summary = "Import events in bulk", description = """
            Needs role editor. One EventInput per line (NDJSON), at most 10,000 lines, each with an \
            externalKey. Every line is validated like a single create; the valid ones are stored in one \
            transaction, the invalid ones reported by line number with their violations. A line whose \
            externalKey is already known is reported EXISTING with its id, so importing a file twice changes \
            nothing. With dryRun=true the whole import is carried out, database constraints included, then \
            rolled back: the report says what would happen (dryRun true). Every physical line is reported: a \
            blank one SKIPPED, one that is not exactly one JSON object (two objects, or records parted by a \
            lone CR) REJECTED whole. Over 10,000 lines or a line over 1 MiB: 413, nothing stored. A rejected \
            line lists its first 10 violations and violationCount. Rate-limited per caller: 429 with \
            Retry-After.""")
    public ImportReport importEvents(InputStream body,
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
        try (var permit = rateLimits.admitImport()) {
            boolean dry = parameters.flag("dryRun", dryRun);
            List<Ndjson.Line<EventContent>> lines = ndjson.read(body, EventInput.class, EventInput::externalKey)
                    .stream().map(EventResource::toContent).toList();
            return service.importEvents(lines, caller.getSubject(), dry);
        }
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces("application/x-ndjson")
    @Operation(operationId = "exportEvents", summary = "Export events as NDJSON", description = """
            The same filters and order as the list, one event per line, up to limit (default 1,000, at most 10,000) \
            lines; the Warledger-Next-Cursor header, when present, is the after of the next part. Rate-limited per \
            caller (token subject, else client address), with a few exports of one caller served at once: 429 with \
            Retry-After.""")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = EventType.class)) String type,
            @QueryParam("actor") String actor, @QueryParam("country") String country, @QueryParam("tag") String tag,
            @QueryParam("q") String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RecordStatus.class)) String status,
            @QueryParam("changedSince") String changedSince, @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        try (var permit = rateLimits.admitExport()) {
            EventFilter filter = filter(from, to, type, actor, country, tag, q, status, changedSince);
            Page<EventView> page = views(service.list(filter, parameters.cursor(after, EventService.orderOf(filter)),
                    parameters.exportLimit(limit)));
            return Response.ok(ndjson.write(page.items())).header(Ndjson.NEXT_CURSOR, page.nextCursor()).build();
        }
    }

    private EventFilter filter(String from, String to, String type, String actor, String country, String tag, String q,
            String status, String changedSince) {
        return new EventFilter(parameters.date("from", from), parameters.date("to", to),
                parameters.enumValue("type", EventType.class, type), parameters.name("actor", actor),
                parameters.country("country", country), parameters.name("tag", tag), parameters.text("q", q),
                parameters.enumValue("status", RecordStatus.class, status),
                parameters.instant("changedSince", changedSince));
    }

    /** An import line with its valid input as the service's content; refused and blank lines as they are. */
    private static Ndjson.Line<EventContent> toContent(Ndjson.Line<EventInput> line) {
        return new Ndjson.Line<>(line.number(), line.valid() ? EventMapper.toContent(line.input()) : null,
                line.violations(), line.violationCount(), line.blank());
    }

    private static List<EventView> views(List<Event> events) {
        return events.stream().map(EventMapper::toView).toList();
    }

    private static Page<EventView> views(Page<Event> page) {
        return new Page<>(views(page.items()), page.nextCursor());
    }

    private static EntityTag etag(EventView event) {
        return new EntityTag(Long.toString(event.version()));
    }
}
