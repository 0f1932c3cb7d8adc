package org.warledger.casualty.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimCorrection;
import org.warledger.casualty.domain.ClaimRevision;
import org.warledger.casualty.domain.NewClaim;
import org.warledger.casualty.domain.Series;
import org.warledger.casualty.domain.Source;
import org.warledger.casualty.domain.Summary;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.platform.imports.Ndjson;

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
        return new ClaimView(c.id, c.version, c.claimant, c.subject, c.force, c.category, c.equipmentType, c.figure,
                c.scope, c.asOf, c.statedOn, c.eventId, toDtos(c.sources), c.status, c.revision, c.retractionReason,
                c.externalKey, c.createdAt, c.updatedAt, c.createdBy, c.updatedBy);
    }

    public RevisionView toView(ClaimRevision r) {
        return new RevisionView(r.revision, r.figure, r.asOf, r.statedOn, toDtos(r.sources), r.status, r.note,
                r.recordedAt, r.recordedBy);
    }

    public SummaryView toView(Summary s) {
        SummaryQuery q = s.query();
        return new SummaryView(q.subject(), q.category(), q.equipmentType(), q.scope(), q.asOf(), s.claims().size(),
                s.low(), s.lowClaimant(), s.high(), s.highClaimant(), s.openAbove(), s.unquantified(),
                s.claims().stream().map(this::toView).toList());
    }

    public SeriesView toView(Series s) {
        return new SeriesView(s.query().subject(), s.query().category(), s.query().equipmentType(),
                s.query().claimant(), s.claims().stream().map(ClaimMapper::toPoint).toList(), s.truncated());
    }

    private static SeriesView.Point toPoint(CasualtyClaim c) {
        return new SeriesView.Point(c.id, c.asOf, c.statedOn, c.scope, c.figure);
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
