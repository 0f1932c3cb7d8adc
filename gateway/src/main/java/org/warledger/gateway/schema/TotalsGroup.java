package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("How aid totals are split")
public enum TotalsGroup {
    donor, type, status, month
}
