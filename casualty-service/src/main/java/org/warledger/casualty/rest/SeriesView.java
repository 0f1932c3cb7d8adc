package org.warledger.casualty.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Scope;

/** One claimant's figures on one quantity over time, oldest first, for charts. */
public record SeriesView(String subject, Category category, EquipmentType equipmentType, String claimant,
        List<Point> points, boolean truncated) {

    public record Point(UUID claimId, LocalDate asOf, LocalDate statedOn, Scope scope, Figure figure) {
    }
}
