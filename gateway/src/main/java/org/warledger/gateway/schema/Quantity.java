package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("A number an event reports (\"about 11,000 troops\"): itself a claim, with its wording and claimant")
public record Quantity(String measure, String unit, Figure figure, String claimant) {
}
