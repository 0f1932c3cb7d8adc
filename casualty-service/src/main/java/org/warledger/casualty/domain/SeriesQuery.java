package org.warledger.casualty.domain;

/** One claimant's figures on one subject, category and equipment type; {@code scope} null for both kinds. */
public record SeriesQuery(String subject, Category category, EquipmentType equipmentType, String claimant,
        ScopeKind scope) {
}
