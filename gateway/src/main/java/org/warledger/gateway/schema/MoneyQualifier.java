package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The wording an amount was reported with")
public enum MoneyQualifier {
    EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST
}
