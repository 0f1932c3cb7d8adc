package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a claim was left out of a comparison: OUTSIDE_WINDOW, its asOf lies more than window days before "
        + "the summary's asOf")
public enum ExclusionReason {
    OUTSIDE_WINDOW
}
