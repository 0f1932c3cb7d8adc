package org.warledger.casualty.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimCorrection;
import org.warledger.casualty.domain.ClaimRevision;
import org.warledger.casualty.domain.Claimant;
import org.warledger.casualty.domain.ClaimantContent;
import org.warledger.casualty.domain.ClaimantLink;
import org.warledger.casualty.domain.Comparison;
import org.warledger.casualty.domain.NewClaim;
import org.warledger.casualty.domain.Series;
import org.warledger.casualty.domain.SeriesQuery;
import org.warledger.casualty.domain.Source;
import org.warledger.casualty.domain.Summary;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.rest.FieldSelection;

/** Copies the API's records into domain values and entities into the API's records. */
@ApplicationScoped
public class ClaimMapper {

    public NewClaim toNewClaim(ClaimInput in) {
        return new NewClaim(in.claimant(), in.subject(), in.force(), in.category(), in.equipmentType(), in.figure(),
                in.scope(), in.asOf(), in.statedOn(), in.eventId(), toSources(in.sources()), in.externalKey());
    }

    /** The lines of an import with their valid inputs as new claims; an invalid line keeps only its violations. */
    public List<Ndjson.Line<NewClaim>> toNewClaims(List<Ndjson.Line<ClaimInput>> lines) {
        return lines.stream().map(line -> new Ndjson.Line<>(line.number(),
                line.valid() ? toNewClaim(line.input()) : null, line.violations(), line.violationCount(), line.blank()))
                .toList();
    }

    public ClaimCorrection toCorrection(RevisionInput in) {
        return new ClaimCorrection(in.version(), in.figure(), in.asOf(), in.statedOn(), toSources(in.sources()),
                in.note());
    }

    public ClaimView toView(CasualtyClaim c) {
        return toView(c, true);
    }

    /**
     * The claim as answered with {@code fields}: when neither claimantName nor affiliation is chosen, its identity is
     * not read, so that a page of claims does not load their claimants (their ids come with the claims).
     */
    public ClaimView toView(CasualtyClaim c, FieldSelection<ClaimView> fields) {
        return toView(c, fields.includesAny("claimantName", "affiliation"));
    }

    private ClaimView toView(CasualtyClaim c, boolean readIdentity) {
        Claimant identity = c.identity;
        boolean read = identity != null && readIdentity;
        return new ClaimView(c.id, c.version, c.claimant, identity == null ? null : identity.id,
                read ? identity.name : null, read ? identity.affiliation : null, c.subject, c.force, c.category,
                c.equipmentType, c.figure, c.scope, c.asOf, c.statedOn, c.eventId, toDtos(c.sources), c.status,
                c.revision, c.retractionReason, c.externalKey, c.createdAt, c.updatedAt, c.createdBy, c.updatedBy);
    }

    public ClaimantView toView(Claimant c) {
        return new ClaimantView(c.id, c.version, c.name, c.aliases, c.kind, c.affiliation, c.parentId, c.createdAt,
                c.updatedAt, c.createdBy, c.updatedBy);
    }

    public ClaimantLinkView toView(ClaimantLink l) {
        return new ClaimantLinkView(l.claimantId, l.previousClaimantId, l.how, l.note, l.recordedAt, l.recordedBy);
    }

    public ClaimantContent toContent(ClaimantInput in) {
        return new ClaimantContent(in.name(), in.aliasesOrNone(), in.kind(), in.affiliation(), in.parentId());
    }

    public RevisionView toView(ClaimRevision r) {
        return new RevisionView(r.revision, r.figure, r.asOf, r.statedOn, toDtos(r.sources), r.status, r.note,
                r.recordedAt, r.recordedBy);
    }

    public SummaryView toView(Summary s) {
        SummaryQuery q = s.query();
        Comparison all = s.all();
        Comparison.Span span = all.span();
        return new SummaryView(q.subject(), q.category(), q.equipmentType(), q.scope(), q.asOf(), q.window(),
                q.knownAt(), all.claims().size(), all.claims().stream().map(this::toView).toList(),
                ref(all.lowestBest()), ref(all.highestBest()), all.verdict(), interval(all.agreement()),
                contradictions(all), all.contradictionCount(), all.unbounded(), span == null ? null : span.low(),
                span == null ? null : span.lowClaim().claimant, span == null ? null : span.high(),
                span == null || span.highClaim() == null ? null : span.highClaim().claimant,
                span != null && span.openAbove(), all.oldestAsOf(), all.newestAsOf(), s.excluded().stream()
                        .map(e -> new SummaryView.ExclusionView(toView(e.claim()), e.reason(), e.detail())).toList(),
                s.byAffiliation().stream().map(this::toView).toList());
    }

    private SummaryView.AffiliationView toView(Summary.ByAffiliation group) {
        Comparison c = group.comparison();
        Comparison.Span span = c.span();
        return new SummaryView.AffiliationView(group.affiliation(), group.relation(), c.claims().size(),
                c.claims().stream().map(claim -> claim.id).toList(), ref(c.lowestBest()), ref(c.highestBest()),
                c.verdict(), interval(c.agreement()), contradictions(c), c.contradictionCount(), c.unbounded(),
                span == null ? null : span.low(), span == null ? null : span.high(), span != null && span.openAbove(),
                c.oldestAsOf(), c.newestAsOf());
    }

    private static List<SummaryView.ContradictionView> contradictions(Comparison c) {
        return c.contradictions().stream()
                .map(p -> new SummaryView.ContradictionView(ref(p.lower()), ref(p.higher()), p.gap())).toList();
    }

    private static SummaryView.ClaimRef ref(Comparison.Estimate estimate) {
        return estimate == null ? null : ref(estimate.claim());
    }

    private static SummaryView.ClaimRef ref(CasualtyClaim c) {
        Claimant identity = c.identity;
        return new SummaryView.ClaimRef(c.id, c.claimant, identity == null ? null : identity.id,
                identity == null ? null : identity.name, c.asOf, c.figure);
    }

    private static SummaryView.IntervalView interval(Comparison.Interval interval) {
        return interval == null ? null : new SummaryView.IntervalView(interval.low(), interval.high());
    }

    public SeriesView toView(Series s) {
        SeriesQuery q = s.query();
        List<SeriesView.Line> lines = s.lines().stream().map(line -> {
            Claimant identity = line.identity();
            return new SeriesView.Line(identity == null ? null : identity.id,
                    identity == null ? line.writtenName() : identity.name,
                    identity == null ? null : identity.affiliation,
                    line.points().stream().map(ClaimMapper::toPoint).toList());
        }).toList();
        return new SeriesView(q.subject(), q.category(), q.equipmentType(), q.scope(), q.knownAt(), lines,
                lines.stream().mapToInt(l -> l.points().size()).sum(), s.truncated());
    }

    private static SeriesView.Point toPoint(CasualtyClaim c) {
        return new SeriesView.Point(c.id, c.claimant, c.asOf, c.statedOn, c.scope, c.figure);
    }

    private static List<Source> toSources(List<SourceDto> dtos) {
        return dtos.stream()
                .map(d -> new Source(d.url(), d.publisher(), d.title(), d.publishedOn(), d.retrievedOn(), d.quote()))
                .toList();
    }

    private static List<SourceDto> toDtos(List<Source> sources) {
        return sources.stream()
                .map(s -> new SourceDto(s.url(), s.publisher(), s.title(), s.publishedOn(), s.retrievedOn(), s.quote()))
                .toList();
    }
}
