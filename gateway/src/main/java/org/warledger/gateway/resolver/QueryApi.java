package org.warledger.gateway.resolver;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient.ClaimFilter;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.client.IntakeServiceClient;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.AidKind;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.AidType;
import org.warledger.gateway.schema.Article;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Category;
import org.warledger.gateway.schema.ClaimStatus;
import org.warledger.gateway.schema.Claimant;
import org.warledger.gateway.schema.ClaimantKind;
import org.warledger.gateway.schema.ClaimantLink;
import org.warledger.gateway.schema.Connections.AidPledgeConnection;
import org.warledger.gateway.schema.Connections.AidPledgeEdge;
import org.warledger.gateway.schema.Connections.ArticleConnection;
import org.warledger.gateway.schema.Connections.ArticleEdge;
import org.warledger.gateway.schema.Connections.CasualtyClaimConnection;
import org.warledger.gateway.schema.Connections.CasualtyClaimEdge;
import org.warledger.gateway.schema.Connections.ClaimantConnection;
import org.warledger.gateway.schema.Connections.ClaimantEdge;
import org.warledger.gateway.schema.Connections.EventConnection;
import org.warledger.gateway.schema.Connections.EventEdge;
import org.warledger.gateway.schema.Connections.TimelineConnection;
import org.warledger.gateway.schema.EquipmentType;
import org.warledger.gateway.schema.Event;
import org.warledger.gateway.schema.EventType;
import org.warledger.gateway.schema.PledgeStatus;
import org.warledger.gateway.schema.ScopeKind;
import org.warledger.gateway.schema.Summaries.AidTotals;
import org.warledger.gateway.schema.Summaries.CasualtySeries;
import org.warledger.gateway.schema.Summaries.CasualtySummary;
import org.warledger.gateway.schema.TotalsCurrency;
import org.warledger.gateway.schema.TotalsGroup;
import org.warledger.gateway.schema.UnlinkedClaimants;

/** The read side of the schema. Reads are open; every argument mirrors a REST filter of the service behind it. */
@GraphQLApi
@PermitAll
public class QueryApi {

    /** casualty-service's bounds: a summary's window in days, a series' names of each kind and its points. */
    static final int MAX_WINDOW = 36500;
    static final int MAX_SERIES_NAMES = 20;
    static final int MAX_SERIES_POINTS = 5000;

    private final EventServiceClient events;
    private final CasualtyServiceClient claims;
    private final AidServiceClient pledges;
    private final IntakeServiceClient intake;
    private final SelectedFields selected;
    private final ReadEvents read;

    public QueryApi(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges,
            IntakeServiceClient intake, SelectedFields selected, ReadEvents read) {
        this.selected = selected;
        this.read = read;
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
        this.intake = intake;
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
        String fields = selected.of("Event");
        ReadEvents.Known known = read.known();
        return Backend.call(EventServiceClient.NAME, Pages.slice(at, size, (limit, cursor) -> events.list(text(from),
                text(to), name(type), actor, country, q, limit, cursor, fields))).map(slice -> {
                    EventConnection connection = Pages.connection(slice, Cursors.EVENTS, Function.identity(),
                            EventEdge::new, EventConnection::new);
                    known.remember(fields, connection.edges().stream().map(EventEdge::node).toList());
                    return connection;
                });
    }

    @Query("event")
    @Description("One event by id; null when there is none")
    public Event event(@NonNull @Id String id) {
        Arguments.id("id", id);
        String fields = selected.of("Event");
        ReadEvents.Known known = read.known();
        Event event = WireMapper.event(Backend.find(EventServiceClient.NAME, () -> events.get(id, fields)));
        if (event != null) {
            known.remember(fields, List.of(event));
        }
        return event;
    }

    @Query("casualtyClaims")
    @Description("Active casualty claims, newest asOf first (status to see others); from/to filter on asOf")
    public @NonNull Uni<CasualtyClaimConnection> casualtyClaims(
            @Description("Page size, 1 to 100, default 20") Integer first,
            @Description("endCursor of the previous page") String after,
            @Description("Party code such as RU") String subject, @Description("What was lost") Category category,
            @Description("The equipment counted, for EQUIPMENT") EquipmentType equipmentType,
            @Description("A claimant identity by its canonical name or any alias, or a claimant "
                    + "as written") String claimant,
            @Description("Claims linked to this claimant identity") @Id String claimantId,
            @Description("Claims whose claimant identity has this party code (\"US\", joint "
                    + "\"GB+US\")") String affiliation,
            @Description("Claims about this event") @Id String eventId,
            @Description("ACTIVE when omitted") ClaimStatus status, @Description("Earliest asOf") LocalDate from,
            @Description("Latest asOf") LocalDate to,
            @Description("The ledger as it stood at this instant; now when omitted") Instant knownAt) {
        int size = Pages.first(first);
        Cursors.Position at = Arguments.cursor("after", Cursors.CASUALTY_CLAIMS, after);
        Arguments.text("subject", subject);
        Arguments.text("claimant", claimant);
        Arguments.id("claimantId", claimantId);
        Arguments.text("affiliation", affiliation);
        Arguments.id("eventId", eventId);
        ClaimFilter filter = new ClaimFilter(subject, name(category), name(equipmentType), claimant, claimantId,
                affiliation, eventId, name(status), text(from), text(to), text(knownAt));
        String fields = selected.of("CasualtyClaim");
        return Backend
                .call(CasualtyServiceClient.NAME,
                        Pages.slice(at, size, (limit, cursor) -> claims.list(filter, limit, cursor, fields)))
                .map(slice -> Pages.connection(slice, Cursors.CASUALTY_CLAIMS, Function.identity(),
                        CasualtyClaimEdge::new, CasualtyClaimConnection::new));
    }

    @Query("casualtyClaim")
    @Description("One casualty claim by id, in its current revision or as it stood at knownAt; null when there is none "
            + "(or none was recorded yet at knownAt)")
    public CasualtyClaim casualtyClaim(@NonNull @Id String id,
            @Description("The ledger as it stood at this instant; now when omitted") Instant knownAt) {
        Arguments.id("id", id);
        return WireMapper.claim(Backend.find(CasualtyServiceClient.NAME, () -> claims.get(id, text(knownAt))));
    }

    @Query("casualtySummary")
    @Description("The latest active claim of each claimant on one subject, category (and equipment type) and scope "
            + "kind as of a date, compared: the spread between them, whether they agree and which pairs contradict "
            + "each other, overall and within each affiliation. Interval figures never mix with cumulative ones, "
            + "equipment never with personnel; window leaves out claims too old to compare.")
    public CasualtySummary casualtySummary(@NonNull @Description("Party code such as RU") String subject,
            @NonNull @Description("What was lost") Category category,
            @Description("Required for EQUIPMENT, not allowed otherwise") EquipmentType equipmentType,
            @Description("The scope kind compared") @DefaultValue("CUMULATIVE") ScopeKind scope,
            @Description("Today when omitted") LocalDate asOf,
            @Description("Compare only claims as of at most this many days before asOf, 0 to " + MAX_WINDOW
                    + "; no limit when omitted") Integer window,
            @Description("The ledger as it stood at this instant; now when omitted") Instant knownAt) {
        Arguments.text("subject", subject);
        Arguments.range("window", window, 0, MAX_WINDOW);
        return WireMapper.summary(Backend.call(CasualtyServiceClient.NAME, () -> claims.summary(subject,
                category.name(), name(equipmentType), name(scope), text(asOf), window, text(knownAt))));
    }

    @Query("casualtySeries")
    @Description("Claimants' figures on one subject and category over time, one line per claimant, oldest first: the "
            + "claimants named and every claimant of the affiliations named")
    public CasualtySeries casualtySeries(@NonNull @Description("Party code such as RU") String subject,
            @NonNull @Description("What was lost") Category category,
            @Description("Required for EQUIPMENT, not allowed otherwise") EquipmentType equipmentType,
            @Description("Claimants by canonical name or alias, at most " + MAX_SERIES_NAMES
                    + "; with affiliations, at least one of the two") List<String> claimants,
            @Description("Party codes whose claimants to show, at most " + MAX_SERIES_NAMES) List<String> affiliations,
            @Description("The scope kind; both when omitted") ScopeKind scope,
            @Description("Points at most, 1 to " + MAX_SERIES_POINTS + ", default " + MAX_SERIES_POINTS) Integer limit,
            @Description("The ledger as it stood at this instant; now when omitted") Instant knownAt) {
        Arguments.text("subject", subject);
        List<String> named = Arguments.texts("claimants", claimants, MAX_SERIES_NAMES);
        List<String> parties = Arguments.texts("affiliations", affiliations, MAX_SERIES_NAMES);
        if (named.isEmpty() && parties.isEmpty()) {
            throw new Pages.BadArgument("claimants", "or affiliations must name at least one claimant or affiliation");
        }
        Arguments.range("limit", limit, 1, MAX_SERIES_POINTS);
        return WireMapper.series(Backend.call(CasualtyServiceClient.NAME, () -> claims.series(subject, category.name(),
                name(equipmentType), named, parties, name(scope), limit, text(knownAt))));
    }

    @Query("claimants")
    @Description("Claimant identities, in the service's order")
    public @NonNull Uni<ClaimantConnection> claimants(@Description("Page size, 1 to 100, default 20") Integer first,
            @Description("endCursor of the previous page") String after,
            @Description("A canonical name or an alias") String name,
            @Description("What kind of body") ClaimantKind kind,
            @Description("Party code such as US, or joint GB+US") String affiliation,
            @Description("Identities belonging to this one") @Id String parentId) {
        int size = Pages.first(first);
        Cursors.Position at = Arguments.cursor("after", Cursors.CLAIMANTS, after);
        Arguments.text("name", name);
        Arguments.text("affiliation", affiliation);
        Arguments.id("parentId", parentId);
        return Backend
                .call(CasualtyServiceClient.NAME, Pages.slice(at, size,
                        (limit, cursor) -> claims.claimants(name, name(kind), affiliation, parentId, limit, cursor)))
                .map(slice -> Pages.connection(slice, Cursors.CLAIMANTS, WireMapper::claimant, ClaimantEdge::new,
                        ClaimantConnection::new));
    }

    @Query("claimant")
    @Description("One claimant identity by id; null when there is none")
    public Claimant claimant(@NonNull @Id String id) {
        Arguments.id("id", id);
        return WireMapper.claimant(Backend.find(CasualtyServiceClient.NAME, () -> claims.claimant(id)));
    }

    @Query("unlinkedClaimants")
    @Description("Claimant names written on claims that no claimant identity knows yet: what editors should link next")
    public UnlinkedClaimants unlinkedClaimants(@Description("Names at most, 1 to " + Pages.SERVICE_PAGE
            + "; the service's default when omitted") Integer limit) {
        Arguments.range("limit", limit, 1, Pages.SERVICE_PAGE);
        return WireMapper.unlinked(Backend.call(CasualtyServiceClient.NAME, () -> claims.unlinkedClaimants(limit)));
    }

    @Query("claimantLinks")
    @Description("How a casualty claim came to name its claimant identity, oldest step first; null when there is no "
            + "such claim")
    public List<ClaimantLink> claimantLinks(@NonNull @Description("The claim") @Id String claimId) {
        Arguments.id("claimId", claimId);
        return WireMapper.links(Backend.find(CasualtyServiceClient.NAME, () -> claims.claimantLinks(claimId)));
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
        String fields = selected.of("AidPledge");
        return Backend
                .call(AidServiceClient.NAME,
                        Pages.slice(at, size,
                                (limit, cursor) -> pledges.list(donor, recipient, name(type), name(kind), name(status),
                                        eventId, text(from), text(to), limit, cursor, fields)))
                .map(slice -> Pages.connection(slice, Cursors.AID_PLEDGES, Function.identity(), AidPledgeEdge::new,
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

    @Query("articles")
    @Description("News articles submitted to intake-service, in its order, without their text (article(id) has it); "
            + "from/to on publishedOn")
    public @NonNull Uni<ArticleConnection> articles(@Description("Page size, 1 to 100, default 20") Integer first,
            @Description("endCursor of the previous page") String after,
            @Description("Earliest publishedOn") LocalDate from, @Description("Latest publishedOn") LocalDate to,
            @Description("The publisher, as stored (\"The Independent\")") String publisher,
            @Description("Only articles changed since this instant") Instant changedSince) {
        int size = Pages.first(first);
        Cursors.Position at = Arguments.cursor("after", Cursors.ARTICLES, after);
        Arguments.text("publisher", publisher);
        return Backend
                .call(IntakeServiceClient.NAME,
                        Pages.slice(at, size,
                                (limit, cursor) -> intake.list(text(from), text(to), publisher, text(changedSince),
                                        limit, cursor)))
                .map(slice -> Pages.connection(slice, Cursors.ARTICLES, WireMapper::article, ArticleEdge::new,
                        ArticleConnection::new));
    }

    @Query("article")
    @Description("One article by id, with its text; null when there is none")
    public Article article(@NonNull @Id String id) {
        Arguments.id("id", id);
        return WireMapper.article(Backend.find(IntakeServiceClient.NAME, () -> intake.get(id)));
    }

    @Query("timeline")
    @Description("Events, casualty claims and aid records of a period merged in one list, newest first by their "
            + "main date (event date, claim asOf, pledge announcedOn)")
    public @NonNull Uni<TimelineConnection> timeline(@NonNull LocalDate from, @NonNull LocalDate to, Integer first,
            String after) {
        int size = Pages.first(first);
        List<Cursors.Position> at = Arguments.timelineCursor("after", after, Timeline.SERVICES);
        // The three services are asked side by side, each from its own position.
        Uni<Pages.Slice<Event>> eventSlice = Backend.call(EventServiceClient.NAME, Pages.slice(at.get(0), size,
                (limit, cursor) -> events.list(text(from), text(to), null, null, null, null, limit, cursor, null)));
        Uni<Pages.Slice<CasualtyClaim>> claimSlice = Backend.call(CasualtyServiceClient.NAME, Pages.slice(at.get(1),
                size, (limit, cursor) -> claims.list(ClaimFilter.period(text(from), text(to)), limit, cursor, null)));
        Uni<Pages.Slice<AidPledge>> pledgeSlice = Backend.call(AidServiceClient.NAME,
                Pages.slice(at.get(2), size, (limit, cursor) -> pledges.list(null, null, null, null, null, null,
                        text(from), text(to), limit, cursor, null)));
        return Uni.combine().all().unis(eventSlice, claimSlice, pledgeSlice).asTuple()
                .map(slices -> Timeline.merge(size,
                        List.of(Timeline.source(slices.getItem1(), Function.<Event> identity(), Event::date, Event::id),
                                Timeline.source(slices.getItem2(), Function.<CasualtyClaim> identity(),
                                        CasualtyClaim::asOf, CasualtyClaim::id),
                                Timeline.source(slices.getItem3(), Function.<AidPledge> identity(),
                                        AidPledge::announcedOn, AidPledge::id))));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
