package org.warledger.gateway.graphql;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.warledger.gateway.client.Page;
import org.warledger.gateway.graphql.Connections.AidPledgeConnection;
import org.warledger.gateway.graphql.Connections.AidPledgeEdge;
import org.warledger.gateway.graphql.Connections.CasualtyClaimConnection;
import org.warledger.gateway.graphql.Connections.CasualtyClaimEdge;
import org.warledger.gateway.graphql.Connections.EventConnection;
import org.warledger.gateway.graphql.Connections.EventEdge;
import org.warledger.gateway.graphql.Connections.TimelineConnection;
import org.warledger.gateway.graphql.Connections.TimelineEdge;
import org.warledger.gateway.graphql.Summaries.AidTotals;
import org.warledger.gateway.graphql.Summaries.CasualtySummary;

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
        Arguments.cursor("after", after);
        Arguments.text("actor", actor);
        Arguments.text("country", country);
        Arguments.text("q", q);
        return Backend.call(EventServiceClient.NAME,
                events.list(text(from), text(to), name(type), actor, country, q, size, after)).map(page -> {
                    List<EventEdge> edges = page.items().stream()
                            .map(e -> new EventEdge(e, Cursors.of(e.date(), e.id()))).toList();
                    return new EventConnection(edges, Pages.info(page, edges, EventEdge::cursor));
                });
    }

    @Query("event")
    @Description("One event by id; null when there is none")
    public Event event(@NonNull @Id String id) {
        Arguments.id("id", id);
        return Backend.find(EventServiceClient.NAME, () -> events.get(id));
    }

    @Query("casualtyClaims")
    @Description("Active casualty claims, newest asOf first (status to see others); from/to filter on asOf")
    public @NonNull Uni<CasualtyClaimConnection> casualtyClaims(Integer first, String after,
            @Description("Party code such as RU") String subject, Category category, EquipmentType equipmentType,
            @Description("Exact claimant name") String claimant, @Id String eventId, ClaimStatus status, LocalDate from,
            LocalDate to) {
        int size = Pages.first(first);
        Arguments.cursor("after", after);
        Arguments.text("subject", subject);
        Arguments.text("claimant", claimant);
        Arguments.id("eventId", eventId);
        return Backend.call(CasualtyServiceClient.NAME, claims.list(subject, name(category), name(equipmentType),
                claimant, eventId, name(status), text(from), text(to), size, after)).map(page -> {
                    List<CasualtyClaimEdge> edges = page.items().stream()
                            .map(c -> new CasualtyClaimEdge(c, Cursors.of(c.asOf(), c.id()))).toList();
                    return new CasualtyClaimConnection(edges, Pages.info(page, edges, CasualtyClaimEdge::cursor));
                });
    }

    @Query("casualtyClaim")
    @Description("One casualty claim by id, in its current revision; null when there is none")
    public CasualtyClaim casualtyClaim(@NonNull @Id String id) {
        Arguments.id("id", id);
        return Backend.find(CasualtyServiceClient.NAME, () -> claims.get(id));
    }

    @Query("casualtySummary")
    @Description("The latest active claim of each claimant on one subject, category (and equipment type) and scope "
            + "kind as of a date, with the spread between them. Interval figures never mix with cumulative ones, "
            + "equipment never with personnel; unquantified claims are listed without moving the spread.")
    public CasualtySummary casualtySummary(@NonNull String subject, @NonNull Category category,
            EquipmentType equipmentType, @DefaultValue("CUMULATIVE") ScopeKind scope,
            @Description("Today when omitted") LocalDate asOf) {
        Arguments.text("subject", subject);
        return Backend.call(CasualtyServiceClient.NAME,
                () -> claims.summary(subject, category.name(), name(equipmentType), name(scope), text(asOf)));
    }

    @Query("aidPledges")
    @Description("Aid pledges, reported totals and contracts, newest announcement first; from/to on announcedOn")
    public @NonNull Uni<AidPledgeConnection> aidPledges(Integer first, String after, String donor, String recipient,
            AidType type, AidKind kind, PledgeStatus status, @Id String eventId, LocalDate from, LocalDate to) {
        int size = Pages.first(first);
        Arguments.cursor("after", after);
        Arguments.text("donor", donor);
        Arguments.text("recipient", recipient);
        Arguments.id("eventId", eventId);
        return Backend.call(AidServiceClient.NAME, pledges.list(donor, recipient, name(type), name(kind), name(status),
                eventId, text(from), text(to), size, after)).map(page -> {
                    List<AidPledgeEdge> edges = page.items().stream()
                            .map(p -> new AidPledgeEdge(p, Cursors.of(p.announcedOn(), p.id()))).toList();
                    return new AidPledgeConnection(edges, Pages.info(page, edges, AidPledgeEdge::cursor));
                });
    }

    @Query("aidPledge")
    @Description("One aid record by id; null when there is none")
    public AidPledge aidPledge(@NonNull @Id String id) {
        Arguments.id("id", id);
        return Backend.find(AidServiceClient.NAME, () -> pledges.get(id));
    }

    @Query("aidTotals")
    @Description("Aid summed in EUR or USD without double counting: PLEDGE records only (never REPORTED_TOTAL or "
            + "CONTRACT), none DECLINED or WITHDRAWN, packages not added on top of the pledge containing them. "
            + "Records without a value or rate are counted as unvalued. Groups add up to the total.")
    public AidTotals aidTotals(TotalsGroup groupBy, @DefaultValue("EUR") TotalsCurrency currency, LocalDate from,
            LocalDate to) {
        return Backend.call(AidServiceClient.NAME,
                () -> pledges.totals(name(groupBy), name(currency), text(from), text(to)));
    }

    @Query("timeline")
    @Description("Events, casualty claims and aid records of a period merged in one list, newest first by their "
            + "main date (event date, claim asOf, pledge announcedOn)")
    public @NonNull Uni<TimelineConnection> timeline(@NonNull LocalDate from, @NonNull LocalDate to, Integer first,
            String after) {
        int size = Pages.first(first);
        Arguments.cursor("after", after);
        // The three services are asked side by side.
        Uni<Page<Event>> eventPage = Backend.call(EventServiceClient.NAME,
                events.list(text(from), text(to), null, null, null, null, size, after));
        Uni<Page<CasualtyClaim>> claimPage = Backend.call(CasualtyServiceClient.NAME,
                claims.list(null, null, null, null, null, null, text(from), text(to), size, after));
        Uni<Page<AidPledge>> pledgePage = Backend.call(AidServiceClient.NAME,
                pledges.list(null, null, null, null, null, null, text(from), text(to), size, after));
        return Uni.combine().all().unis(eventPage, claimPage, pledgePage).asTuple().map(pages -> {
            List<TimelineEdge> merged = new ArrayList<>();
            pages.getItem1().items().forEach(e -> merged.add(new TimelineEdge(e, Cursors.of(e.date(), e.id()))));
            pages.getItem2().items().forEach(c -> merged.add(new TimelineEdge(c, Cursors.of(c.asOf(), c.id()))));
            pages.getItem3().items().forEach(p -> merged.add(new TimelineEdge(p, Cursors.of(p.announcedOn(), p.id()))));
            boolean more = pages.getItem1().nextCursor() != null || pages.getItem2().nextCursor() != null
                    || pages.getItem3().nextCursor() != null;

            merged.sort(Comparator.comparing(edge -> Cursors.read(edge.cursor())));
            more |= merged.size() > size;
            List<TimelineEdge> edges = merged.subList(0, Math.min(size, merged.size()));
            return new TimelineConnection(edges,
                    new Connections.PageInfo(more, false, edges.isEmpty() ? null : edges.get(0).cursor(),
                            edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
        });
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
