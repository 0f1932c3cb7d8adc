package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely coordinates place an event")
public enum LocationPrecision {
    EXACT, NEAR, SETTLEMENT, REGION, COUNTRY
}
