package org.warledger.gateway.resolver;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.client.Wire;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.AidKind;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.AidType;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Category;
import org.warledger.gateway.schema.ClaimStatus;
import org.warledger.gateway.schema.Connections.AidPledgeConnection;
import org.warledger.gateway.schema.Connections.AidPledgeEdge;
import org.warledger.gateway.schema.Connections.CasualtyClaimConnection;
import org.warledger.gateway.schema.Connections.CasualtyClaimEdge;
import org.warledger.gateway.schema.Connections.EventConnection;
import org.warledger.gateway.schema.Connections.EventEdge;
import org.warledger.gateway.schema.Connections.TimelineConnection;
import org.warledger.gateway.schema.EquipmentType;
import org.warledger.gateway.schema.Event;
import org.warledger.gateway.schema.EventType;
import org.warledger.gateway.schema.PledgeStatus;
import org.warledger.gateway.schema.ScopeKind;
import org.warledger.gateway.schema.Summaries.AidTotals;
import org.warledger.gateway.schema.Summaries.CasualtySummary;
import org.warledger.gateway.schema.TotalsCurrency;
import org.warledger.gateway.schema.TotalsGroup;

/** The read side of the schema. Reads are open; every argument mirrors a REST filter of the service behind it. */
@GraphQLApi
@PermitAll
public class QueryApi {

    private final EventServiceClient events;
    private final CasualtyServiceClient claims;
    private final AidServiceClient pledges;

    public QueryApi(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges) {
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
    }

    @Query("events")
    @Description("Events, newest first. from/to select events whose span overlaps the period; actor is an exact "
            + "actor name; q searches titles and summaries.")
    public @NonNull Uni<EventConnection> events(@Description("Page size, 1 to 100, default 20") Integer first,
            @Description("endCursor of the previous page") String after, LocalDate from, LocalDate to, EventType type,
            String actor, @Description("ISO 3166-1 alpha-2 code of the location") String country, String q) {
        int size = Pages.first(first);
        Cursors.Position at = Arguments.cursor("after", Cursors.EVENTS, after);
        Arguments.text("actor", actor);
        Arguments.text("country", country);
        Arguments.text("q", q);
        return Backend
                .call(EventServiceClient.NAME,
                        Pages.slice(at, size,
                                (limit, cursor) -> events.list(text(from), text(to), name(type), actor, country, q,
                                        limit, cursor)))
                .map(slice -> Pages.connection(slice, Cursors.EVENTS, WireMapper::event, EventEdge::new,
                        EventConnection::new));
    }

    @Query("event")
    @Description("One event by id; null when there is none")
    public Event event(@NonNull @Id String id) {
        Arguments.id("id", id);
        return WireMapper.event(Backend.find(EventServiceClient.NAME, () -> events.get(id)));
    }

    @Query("casualtyClaims")
    @Description("Active casualty claims, newest asOf first (status to see others); from/to filter on asOf")
    public @NonNull Uni<CasualtyClaimConnection> casualtyClaims(Integer first, String after,
            @Description("Party code such as RU") String subject, Category category, EquipmentType equipmentType,
            @Description("Exact claimant name") String claimant, @Id String eventId, ClaimStatus status, LocalDate from,
            LocalDate to) {
        int size = Pages.first(first);
        Cursors.Position at = Arguments.cursor("after", Cursors.CASUALTY_CLAIMS, after);
        Arguments.text("subject", subject);
        Arguments.text("claimant", claimant);
        Arguments.id("eventId", eventId);
        return Backend
                .call(CasualtyServiceClient.NAME,
                        Pages.slice(at, size,
                                (limit, cursor) -> claims.list(subject, name(category), name(equipmentType), claimant,
                                        eventId, name(status), text(from), text(to), limit, cursor)))
                .map(slice -> Pages.connection(slice, Cursors.CASUALTY_CLAIMS, WireMapper::claim,
                        CasualtyClaimEdge::new, CasualtyClaimConnection::new));
    }

    @Query("casualtyClaim")
    @Description("One casualty claim by id, in its current revision; null when there is none")
    public CasualtyClaim casualtyClaim(@NonNull @Id String id) {
        Arguments.id("id", id);
        return WireMapper.claim(Backend.find(CasualtyServiceClient.NAME, () -> claims.get(id)));
    }

    @Query("casualtySummary")
    @Description("The latest active claim of each claimant on one subject, category (and equipment type) and scope "
            + "kind as of a date, with the spread between them. Interval figures never mix with cumulative ones, "
            + "equipment never with personnel; unquantified claims are listed without moving the spread.")
    public CasualtySummary casualtySummary(@NonNull String subject, @NonNull Category category,
            EquipmentType equipmentType, @DefaultValue("CUMULATIVE") ScopeKind scope,
            @Description("Today when omitted") LocalDate asOf) {
        Arguments.text("subject", subject);
        return WireMapper.summary(Backend.call(CasualtyServiceClient.NAME,
                () -> claims.summary(subject, category.name(), name(equipmentType), name(scope), text(asOf))));
    }

    @Query("aidPledges")
    @Description("Aid pledges, reported totals and contracts, newest announcement first; from/to on announcedOn")
    public @NonNull Uni<AidPledgeConnection> aidPledges(Integer first, String after, String donor, String recipient,
            AidType type, AidKind kind, PledgeStatus status, @Id String eventId, LocalDate from, LocalDate to) {
        int size = Pages.first(first);
        Cursors.Position at = Arguments.cursor("after", Cursors.AID_PLEDGES, after);
        Arguments.text("donor", donor);
        Arguments.text("recipient", recipient);
        Arguments.id("eventId", eventId);
        return Backend
                .call(AidServiceClient.NAME,
                        Pages.slice(at, size,
                                (limit, cursor) -> pledges.list(donor, recipient, name(type), name(kind), name(status),
                                        eventId, text(from), text(to), limit, cursor)))
                .map(slice -> Pages.connection(slice, Cursors.AID_PLEDGES, WireMapper::pledge, AidPledgeEdge::new,
                        AidPledgeConnection::new));
    }

    @Query("aidPledge")
    @Description("One aid record by id; null when there is none")
    public AidPledge aidPledge(@NonNull @Id String id) {
        Arguments.id("id", id);
        return WireMapper.pledge(Backend.find(AidServiceClient.NAME, () -> pledges.get(id)));
    }

    @Query("aidTotals")
    @Description("Aid summed in EUR or USD without double counting: PLEDGE records only (never REPORTED_TOTAL or "
            + "CONTRACT), none DECLINED or WITHDRAWN, packages not added on top of the pledge containing them. "
            + "Records without a value or rate are counted as unvalued. Groups add up to the total.")
    public AidTotals aidTotals(TotalsGroup groupBy, @DefaultValue("EUR") TotalsCurrency currency, LocalDate from,
            LocalDate to) {
        return WireMapper.totals(Backend.call(AidServiceClient.NAME,
                () -> pledges.totals(name(groupBy), name(currency), text(from), text(to))));
    }

    @Query("timeline")
    @Description("Events, casualty claims and aid records of a period merged in one list, newest first by their "
            + "main date (event date, claim asOf, pledge announcedOn)")
    public @NonNull Uni<TimelineConnection> timeline(@NonNull LocalDate from, @NonNull LocalDate to, Integer first,
            String after) {
        int size = Pages.first(first);
        List<Cursors.Position> at = Arguments.timelineCursor("after", after, Timeline.SERVICES);
        // The three services are asked side by side, each from its own position.
        Uni<Pages.Slice<Wire.Event>> eventSlice = Backend.call(EventServiceClient.NAME, Pages.slice(at.get(0), size,
                (limit, cursor) -> events.list(text(from), text(to), null, null, null, null, limit, cursor)));
        Uni<Pages.Slice<Wire.CasualtyClaim>> claimSlice = Backend.call(CasualtyServiceClient.NAME,
                Pages.slice(at.get(1), size, (limit, cursor) -> claims.list(null, null, null, null, null, null,
                        text(from), text(to), limit, cursor)));
        Uni<Pages.Slice<Wire.AidPledge>> pledgeSlice = Backend.call(AidServiceClient.NAME,
                Pages.slice(at.get(2), size, (limit, cursor) -> pledges.list(null, null, null, null, null, null,
                        text(from), text(to), limit, cursor)));
        return Uni.combine().all().unis(eventSlice, claimSlice, pledgeSlice).asTuple()
                .map(slices -> Timeline.merge(size,
                        List.of(Timeline.source(slices.getItem1(), WireMapper::event, Event::date, Event::id),
                                Timeline.source(slices.getItem2(), WireMapper::claim, CasualtyClaim::asOf,
                                        CasualtyClaim::id),
                                Timeline.source(slices.getItem3(), WireMapper::pledge, AidPledge::announcedOn,
                                        AidPledge::id))));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
