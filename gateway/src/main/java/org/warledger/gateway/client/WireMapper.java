package org.warledger.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.function.Function;
import org.warledger.gateway.schema.AidKind;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.AidType;
import org.warledger.gateway.schema.Article;
import org.warledger.gateway.schema.Candidate;
import org.warledger.gateway.schema.CandidateKind;
import org.warledger.gateway.schema.CandidateStatus;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Category;
import org.warledger.gateway.schema.ClaimStatus;
import org.warledger.gateway.schema.Claimant;
import org.warledger.gateway.schema.ClaimantKind;
import org.warledger.gateway.schema.ClaimantLink;
import org.warledger.gateway.schema.ClaimantLinkHow;
import org.warledger.gateway.schema.DatePrecision;
import org.warledger.gateway.schema.EquipmentType;
import org.warledger.gateway.schema.Event;
import org.warledger.gateway.schema.EventType;
import org.warledger.gateway.schema.Evidence;
import org.warledger.gateway.schema.ExclusionReason;
import org.warledger.gateway.schema.Figure;
import org.warledger.gateway.schema.FigureInput;
import org.warledger.gateway.schema.Inputs;
import org.warledger.gateway.schema.Item;
import org.warledger.gateway.schema.ItemCategory;
import org.warledger.gateway.schema.Location;
import org.warledger.gateway.schema.LocationPrecision;
import org.warledger.gateway.schema.Money;
import org.warledger.gateway.schema.MoneyQualifier;
import org.warledger.gateway.schema.Normalized;
import org.warledger.gateway.schema.PledgeStatus;
import org.warledger.gateway.schema.Proposals;
import org.warledger.gateway.schema.Qualifier;
import org.warledger.gateway.schema.Quantity;
import org.warledger.gateway.schema.QuantityInput;
import org.warledger.gateway.schema.RecordStatus;
import org.warledger.gateway.schema.Relation;
import org.warledger.gateway.schema.Scope;
import org.warledger.gateway.schema.ScopeKind;
import org.warledger.gateway.schema.Source;
import org.warledger.gateway.schema.Span;
import org.warledger.gateway.schema.StatusChange;
import org.warledger.gateway.schema.Summaries;
import org.warledger.gateway.schema.UnlinkedClaimant;
import org.warledger.gateway.schema.UnlinkedClaimants;
import org.warledger.gateway.schema.Verdict;

/**
 * Where the services' JSON ({@link Wire}) meets the GraphQL schema: records read from a service become schema types,
 * mutation inputs become the bodies the services take. Enum values are matched by name; a value the schema does not
 * know fails the field, as an unreadable answer would. The pages of events, casualty claims and aid records that
 * queries read level by level (lists and batch look-ups) skip this step: their JSON has the schema types' very names,
 * so they are read straight into those types ({@link ServiceReads#pageOf}), an unknown enum value making the answer
 * unreadable — and {@code WireMapperTest} holds the wire and schema records to the same names.
 */
public final class WireMapper {

    /** Reads a candidate's proposed record into its typed view; fields the view does not show are left out. */
    private static final ObjectMapper PROPOSED = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private WireMapper() {
    }

    public static Event event(Wire.Event e) {
        return e == null ? null
                : new Event(e.id(), e.version(), e.title(), value(EventType.class, e.type()), e.date(),
                        value(DatePrecision.class, e.datePrecision()), e.endDate(), e.summary(), e.actors(),
                        location(e.location()), list(e.sources(), WireMapper::source), e.tags(),
                        list(e.quantities(), WireMapper::quantity), value(RecordStatus.class, e.status()),
                        e.retractionReason(), e.createdAt(), e.updatedAt(), e.createdBy(), e.updatedBy());
    }

    public static CasualtyClaim claim(Wire.CasualtyClaim c) {
        return c == null ? null : new CasualtyClaim(c.id(), c.version(), c.claimant(), c.claimantId(), c.claimantName(),
                c.affiliation(), c.subject(), c.force(), value(Category.class, c.category()),
                value(EquipmentType.class, c.equipmentType()), figure(c.figure()), scope(c.scope()), c.asOf(),
                c.statedOn(), c.eventId(), list(c.sources(), WireMapper::source), value(ClaimStatus.class, c.status()),
                c.revision(), c.createdAt(), c.updatedAt(), c.createdBy(), c.updatedBy());
    }

    public static AidPledge pledge(Wire.AidPledge p) {
        return p == null ? null : new AidPledge(p.id(), p.version(), p.title(), p.donor(), p.recipient(),
                value(AidKind.class, p.kind()), value(AidType.class, p.type()), value(PledgeStatus.class, p.status()),
                p.announcedOn(), money(p.value()), normalized(p.normalized()), list(p.items(), WireMapper::item),
                p.timeframe(), p.parentId(), p.eventId(), list(p.sources(), WireMapper::source),
                list(p.statusHistory(), WireMapper::statusChange), p.createdAt(), p.updatedAt(), p.createdBy(),
                p.updatedBy());
    }

    private static List<CasualtyClaim> claims(List<Wire.CasualtyClaim> claims) {
        return list(claims, WireMapper::claim);
    }

    public static Summaries.CasualtySummary summary(Wire.CasualtySummary s) {
        if (s == null) {
            return null;
        }
        List<CasualtyClaim> claims = claims(s.claims());
        return new Summaries.CasualtySummary(s.subject(), value(Category.class, s.category()),
                value(EquipmentType.class, s.equipmentType()), value(ScopeKind.class, s.scope()), s.asOf(), s.window(),
                s.knownAt(), s.claimants(), s.low(), s.lowClaimant(), s.high(), s.highClaimant(), s.openAbove(),
                unquantified(claims), claims, compared(s.lowestBest()), compared(s.highestBest()),
                value(Verdict.class, s.verdict()), interval(s.agreement()),
                list(s.contradictions(), WireMapper::contradiction), s.contradictionCount(), s.unbounded(),
                s.oldestAsOf(), s.newestAsOf(), list(s.excluded(), WireMapper::excluded),
                list(s.byAffiliation(), WireMapper::affiliation));
    }

    /** What the summary's {@code unquantified} used to count, now that the service counts it no more. */
    private static int unquantified(List<CasualtyClaim> claims) {
        return claims == null ? 0
                : (int) claims.stream().filter(
                        c -> c != null && c.figure() != null && c.figure().qualifier() == Qualifier.UNQUANTIFIED)
                        .count();
    }

    public static Summaries.CasualtySeries series(Wire.CasualtySeries s) {
        return s == null ? null
                : new Summaries.CasualtySeries(s.subject(), value(Category.class, s.category()),
                        value(EquipmentType.class, s.equipmentType()), value(ScopeKind.class, s.scope()), s.knownAt(),
                        list(s.lines(), WireMapper::line), s.points(), s.truncated());
    }

    public static Claimant claimant(Wire.Claimant c) {
        return c == null ? null
                : new Claimant(c.id(), c.version(), c.name(), c.aliases(), value(ClaimantKind.class, c.kind()),
                        c.affiliation(), c.parentId(), c.createdAt(), c.updatedAt(), c.createdBy(), c.updatedBy());
    }

    public static UnlinkedClaimants unlinked(Wire.UnlinkedClaimants u) {
        return u == null ? null
                : new UnlinkedClaimants(
                        list(u.items(),
                                n -> n == null ? null : new UnlinkedClaimant(n.name(), n.claims(), n.latestAsOf())),
                        u.truncated());
    }

    public static List<ClaimantLink> links(List<Wire.ClaimantLink> links) {
        return list(links, l -> l == null ? null : new ClaimantLink(l.claimantId(), l.previousClaimantId(),
                value(ClaimantLinkHow.class, l.how()), l.note(), l.recordedAt(), l.recordedBy()));
    }

    public static Summaries.AidTotals totals(Wire.AidTotals t) {
        return t == null ? null : new Summaries.AidTotals(t.currency(), t.total(), t.count(), t.unvalued(), t.groupBy(),
                list(t.groups(), g -> new Summaries.AidTotalsGroup(g.key(), g.total(), g.count(), g.unvalued())));
    }

    public static Article article(Wire.Article a) {
        return a == null ? null
                : new Article(a.id(), a.version(), a.url(), a.publisher(), a.title(), a.publishedOn(), a.retrievedOn(),
                        a.language(), a.text(), a.contentHash(), a.candidateCount(), a.createdAt(), a.updatedAt(),
                        a.createdBy());
    }

    public static Candidate candidate(Wire.Candidate c) {
        return c == null ? null
                : new Candidate(c.id(), c.articleId(), value(CandidateKind.class, c.kind()),
                        c.proposed() == null || c.proposed().isNull() ? null : c.proposed().toString(),
                        c.span() == null ? null : new Span(c.span().start(), c.span().end()), c.quote(),
                        list(c.evidence(),
                                e -> e == null ? null : new Evidence(e.field(), e.start(), e.end(), e.rule())),
                        c.confidence(), c.reasons(), value(CandidateStatus.class, c.status()), c.recordId(),
                        c.rejectionReason(), c.reviewedBy(), c.reviewedAt(), c.version(), c.createdAt(), c.updatedAt());
    }

    public static List<Candidate> candidates(List<Wire.Candidate> candidates) {
        return list(candidates, WireMapper::candidate);
    }

    /** A CASUALTY_CLAIM candidate's proposed record, typed; null for a candidate of another kind. */
    public static Proposals.ProposedCasualtyClaim proposedClaim(Candidate c) {
        return proposed(c, CandidateKind.CASUALTY_CLAIM, Wire.ProposedCasualtyClaim.class,
                p -> new Proposals.ProposedCasualtyClaim(p.claimant(), p.subject(), p.force(),
                        value(Category.class, p.category()), value(EquipmentType.class, p.equipmentType()),
                        figure(p.figure()), scope(p.scope()), p.asOf(), p.statedOn()));
    }

    /** An AID_PLEDGE candidate's proposed record, typed; null for a candidate of another kind. */
    public static Proposals.ProposedAidPledge proposedPledge(Candidate c) {
        return proposed(c, CandidateKind.AID_PLEDGE, Wire.ProposedAidPledge.class,
                p -> new Proposals.ProposedAidPledge(p.title(), p.donor(), p.recipient(),
                        value(AidKind.class, p.kind()), value(AidType.class, p.type()),
                        value(PledgeStatus.class, p.status()), p.announcedOn(), money(p.value()),
                        list(p.items(), WireMapper::item), p.timeframe()));
    }

    /** An EVENT candidate's proposed record, typed; null for a candidate of another kind. */
    public static Proposals.ProposedEvent proposedEvent(Candidate c) {
        return proposed(c, CandidateKind.EVENT, Wire.ProposedEvent.class,
                p -> new Proposals.ProposedEvent(p.title(), value(EventType.class, p.type()), p.date(),
                        value(DatePrecision.class, p.datePrecision()), p.actors(), location(p.location()), p.summary(),
                        list(p.quantities(), WireMapper::quantity)));
    }

    /**
     * The proposed record of a candidate of {@code kind}, read as {@code type} and mapped; null for a candidate of
     * another kind or without one. A record that does not read so (a field of another shape, an enum value the schema
     * does not know) is intake-service's fault, reported as such for this field alone.
     */
    private static <W, T> T proposed(Candidate c, CandidateKind kind, Class<W> type, Function<W, T> map) {
        if (c == null || c.kind() != kind || c.proposedJson() == null) {
            return null;
        }
        try {
            return map.apply(PROPOSED.readValue(c.proposedJson(), type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new ServiceException(IntakeServiceClient.NAME, 502,
                    IntakeServiceClient.NAME + " proposed a record that does not read as " + kind + ": " + reason,
                    List.of(), e);
        }
    }

    public static Wire.EventInput eventInput(Inputs.EventInput i) {
        return new Wire.EventInput(i.title(), name(i.type()), i.date(), name(i.datePrecision()), i.endDate(),
                i.summary(), i.actors(), location(i.location()), list(i.sources(), WireMapper::source), i.tags(),
                list(i.quantities(), WireMapper::quantity), i.externalKey(), i.version());
    }

    public static Wire.CasualtyClaimInput claimInput(Inputs.CasualtyClaimInput i) {
        return new Wire.CasualtyClaimInput(i.claimant(), i.subject(), i.force(), name(i.category()),
                name(i.equipmentType()), figure(i.figure()), scope(i.scope()), i.asOf(), i.statedOn(), i.eventId(),
                list(i.sources(), WireMapper::source), i.externalKey());
    }

    public static Wire.RevisionInput revisionInput(Inputs.RevisionInput i) {
        return new Wire.RevisionInput(i.version(), figure(i.figure()), i.asOf(), i.statedOn(),
                list(i.sources(), WireMapper::source), i.note());
    }

    public static Wire.AidPledgeInput pledgeInput(Inputs.AidPledgeInput i) {
        return new Wire.AidPledgeInput(i.title(), i.donor(), i.recipient(), name(i.kind()), name(i.type()),
                name(i.status()), i.announcedOn(), money(i.value()), list(i.items(), WireMapper::item), i.timeframe(),
                i.parentId(), i.eventId(), list(i.sources(), WireMapper::source), i.externalKey());
    }

    public static Wire.ClaimantInput claimantInput(Inputs.ClaimantInput i) {
        return new Wire.ClaimantInput(i.name(), i.aliases(), name(i.kind()), i.affiliation(), i.parentId(),
                i.version());
    }

    public static Wire.ClaimantLinkInput linkInput(Inputs.ClaimantLinkInput i) {
        return new Wire.ClaimantLinkInput(i.version(), i.claimantId(), i.note());
    }

    public static Wire.StatusChangeInput statusChangeInput(Inputs.StatusChangeInput i) {
        return new Wire.StatusChangeInput(name(i.status()), i.on(), source(i.source()), i.version());
    }

    public static Wire.ArticleInput articleInput(Inputs.ArticleInput i) {
        return new Wire.ArticleInput(i.url(), i.publisher(), i.title(), i.publishedOn(), i.retrievedOn(), i.language(),
                i.text(), i.html());
    }

    /** An acceptance with {@code edits}, a JSON merge patch over the proposed record (null for none). */
    public static Wire.AcceptanceInput acceptanceInput(JsonNode edits) {
        return new Wire.AcceptanceInput(edits);
    }

    public static Wire.RejectionInput rejectionInput(String reason) {
        return new Wire.RejectionInput(reason);
    }

    private static Location location(Wire.Location l) {
        return l == null ? null : new Location(l.name(), l.region(), l.country(), l.latitude(), l.longitude(),
                value(LocationPrecision.class, l.precision()));
    }

    private static Wire.Location location(Location l) {
        return l == null ? null : new Wire.Location(l.name(), l.region(), l.country(), l.latitude(), l.longitude(),
                name(l.precision()));
    }

    private static Source source(Wire.Source s) {
        return s == null ? null
                : new Source(s.url(), s.publisher(), s.title(), s.publishedOn(), s.retrievedOn(), s.quote());
    }

    private static Wire.Source source(Source s) {
        return s == null ? null
                : new Wire.Source(s.url(), s.publisher(), s.title(), s.publishedOn(), s.retrievedOn(), s.quote());
    }

    private static Quantity quantity(Wire.Quantity q) {
        return q == null ? null : new Quantity(q.measure(), q.unit(), figure(q.figure()), q.claimant());
    }

    private static Wire.QuantityInput quantity(QuantityInput q) {
        return q == null ? null : new Wire.QuantityInput(q.measure(), q.unit(), figure(q.figure()), q.claimant());
    }

    private static Figure figure(Wire.Figure f) {
        return f == null ? null
                : new Figure(value(Qualifier.class, f.qualifier()), f.value(), f.low(), f.best(), f.high(), f.word());
    }

    private static Wire.FigureInput figure(FigureInput f) {
        return f == null ? null : new Wire.FigureInput(name(f.qualifier()), f.value(), f.low(), f.high(), f.word());
    }

    private static Summaries.ComparedClaim compared(Wire.ComparedClaim c) {
        return c == null ? null : new Summaries.ComparedClaim(c.claimId(), c.claimant(), c.claimantId(),
                c.claimantName(), c.asOf(), figure(c.figure()));
    }

    private static Summaries.Interval interval(Wire.Interval i) {
        return i == null ? null : new Summaries.Interval(i.low(), i.high());
    }

    private static Summaries.Contradiction contradiction(Wire.Contradiction c) {
        return c == null ? null : new Summaries.Contradiction(compared(c.lower()), compared(c.higher()), c.gap());
    }

    private static Summaries.ExcludedClaim excluded(Wire.ExcludedClaim e) {
        return e == null ? null
                : new Summaries.ExcludedClaim(claim(e.claim()), value(ExclusionReason.class, e.reason()), e.detail());
    }

    private static Summaries.AffiliationComparison affiliation(Wire.AffiliationComparison a) {
        return a == null ? null
                : new Summaries.AffiliationComparison(a.affiliation(), value(Relation.class, a.relation()),
                        a.claimants(), a.claimIds(), compared(a.lowestBest()), compared(a.highestBest()),
                        value(Verdict.class, a.verdict()), interval(a.agreement()),
                        list(a.contradictions(), WireMapper::contradiction), a.contradictionCount(), a.unbounded(),
                        a.low(), a.high(), a.openAbove(), a.oldestAsOf(), a.newestAsOf());
    }

    private static Summaries.SeriesLine line(Wire.SeriesLine l) {
        return l == null ? null : new Summaries.SeriesLine(l.claimantId(), l.name(), l.affiliation(),
                list(l.points(), WireMapper::point));
    }

    private static Summaries.SeriesPoint point(Wire.SeriesPoint p) {
        return p == null ? null : new Summaries.SeriesPoint(p.claimId(), p.claimant(), p.asOf(), p.statedOn(),
                scope(p.scope()), figure(p.figure()));
    }

    private static Scope scope(Wire.Scope s) {
        return s == null ? null : new Scope(value(ScopeKind.class, s.kind()), s.from(), s.to());
    }

    private static Wire.Scope scope(Scope s) {
        return s == null ? null : new Wire.Scope(name(s.kind()), s.from(), s.to());
    }

    private static Money money(Wire.Money m) {
        return m == null ? null : new Money(m.amount(), m.currency(), value(MoneyQualifier.class, m.qualifier()));
    }

    private static Wire.Money money(Money m) {
        return m == null ? null : new Wire.Money(m.amount(), m.currency(), name(m.qualifier()));
    }

    private static Normalized normalized(Wire.Normalized n) {
        return n == null ? null : new Normalized(n.eur(), n.usd(), n.rateDate(), n.rateSource(), n.unavailable());
    }

    private static Item item(Wire.Item i) {
        return i == null ? null
                : new Item(i.name(), value(ItemCategory.class, i.category()), i.quantity(), i.deliveredQuantity());
    }

    private static Wire.Item item(Item i) {
        return i == null ? null : new Wire.Item(i.name(), name(i.category()), i.quantity(), i.deliveredQuantity());
    }

    private static StatusChange statusChange(Wire.StatusChange s) {
        return s == null ? null : new StatusChange(value(PledgeStatus.class, s.status()), s.on(), source(s.source()),
                s.recordedAt(), s.recordedBy());
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A list mapped element by element; null stays null, as the service sent it. */
    private static <A, B> List<B> list(List<A> list, Function<A, B> map) {
        if (list == null) {
            return null;
        }
        List<B> mapped = new java.util.ArrayList<>(list.size());
        for (A element : list) {
            mapped.add(map.apply(element));
        }
        return mapped;
    }
}
