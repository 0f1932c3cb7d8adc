package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of aid")
public enum AidType {
    MILITARY, FINANCIAL, HUMANITARIAN
}
