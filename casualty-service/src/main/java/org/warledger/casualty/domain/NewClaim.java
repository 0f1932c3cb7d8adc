package org.warledger.casualty.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim to record, as stated: the figure's low/best/high are still to be derived. */
public record NewClaim(String claimant, String subject, String force, Category category, EquipmentType equipmentType,
        Figure figure, Scope scope, LocalDate asOf, LocalDate statedOn, UUID eventId, List<Source> sources,
        String externalKey) {
}
