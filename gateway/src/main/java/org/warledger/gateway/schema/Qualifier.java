package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The wording a figure was stated with")
public enum Qualifier {
    EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, RANGE, UNQUANTIFIED
}
