package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The currency aid totals are summed in")
public enum TotalsCurrency {
    EUR, USD
}
