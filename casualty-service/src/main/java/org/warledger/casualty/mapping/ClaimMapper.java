package org.warledger.casualty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimRevision;
import org.warledger.casualty.rest.ClaimView;
import org.warledger.casualty.rest.RevisionView;
import org.warledger.casualty.rest.SeriesView;

/** Copies entities into the API's records. */
@ApplicationScoped
public class ClaimMapper {

    public ClaimView toView(CasualtyClaim c) {
        return new ClaimView(c.id, c.version, c.claimant, c.subject, c.force, c.category, c.equipmentType, c.figure,
                c.scope, c.asOf, c.statedOn, c.eventId, c.sources, c.status, c.revision, c.retractionReason,
                c.externalKey, c.createdAt, c.updatedAt, c.createdBy, c.updatedBy);
    }

    public RevisionView toView(ClaimRevision r) {
        return new RevisionView(r.revision, r.figure, r.asOf, r.statedOn, r.sources, r.status, r.note, r.recordedAt,
                r.recordedBy);
    }

    public SeriesView.Point toPoint(CasualtyClaim c) {
        return new SeriesView.Point(c.id, c.asOf, c.statedOn, c.scope, c.figure);
    }
}
