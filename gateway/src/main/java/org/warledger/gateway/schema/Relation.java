package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("How claimants' affiliation stands to the subject whose losses they state: OWN_SIDE, OPPOSING_SIDE, "
        + "THIRD_PARTY, MIXED (a joint affiliation whose parties stand differently) or UNKNOWN (no affiliation known)")
public enum Relation {
    OWN_SIDE, OPPOSING_SIDE, THIRD_PARTY, MIXED, UNKNOWN
}
