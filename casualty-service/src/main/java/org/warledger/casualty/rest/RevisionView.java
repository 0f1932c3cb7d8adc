package org.warledger.casualty.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.Figure;

/** One value a claim has had, with who recorded it when. */
@Schema(name = "RevisionView", description = "One value a claim has had, with who recorded it when",
        requiredProperties = { "revision", "figure", "asOf", "sources", "status", "recordedAt" })
public record RevisionView(int revision, Figure figure, LocalDate asOf, LocalDate statedOn, List<SourceDto> sources,
        ClaimStatus status, String note, Instant recordedAt, String recordedBy) {
}
