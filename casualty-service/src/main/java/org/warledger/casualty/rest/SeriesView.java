package org.warledger.casualty.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Scope;
import org.warledger.casualty.domain.ScopeKind;

/** Claimants' figures on one quantity over time, for charts. */
@Schema(name = "ClaimSeries")
public record SeriesView(String subject, Category category, EquipmentType equipmentType,
        @Schema(description = "The scope kind asked for; null for both") ScopeKind scope,
        @Schema(description = "The instant the ledger is read as of, when one was asked") Instant knownAt,
        @Schema(description = "One line per claimant identity (or written claimant without one), by name") List<Line> lines,
        @Schema(description = "Points in all lines") int points,
        @Schema(description = "More points exist than the limit let through; the oldest are listed") boolean truncated) {

    @Schema(name = "ClaimSeriesLine")
    public record Line(
            @Schema(description = "The claimant identity; null for a written claimant without one") UUID claimantId,
            @Schema(description = "The identity's name, or the written claimant") String name, String affiliation,
            @Schema(description = "Oldest asOf first") List<Point> points) {
    }

    @Schema(name = "ClaimSeriesPoint")
    public record Point(UUID claimId, @Schema(description = "The claimant as written") String claimant, LocalDate asOf,
            LocalDate statedOn, Scope scope,
            @Schema(description = "The wording (qualifier, word) and the bounds low/best/high") Figure figure) {
    }
}
