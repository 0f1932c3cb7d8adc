package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("ACTIVE is current; SUPERSEDED was corrected; RETRACTED was withdrawn")
public enum ClaimStatus {
    ACTIVE, SUPERSEDED, RETRACTED
}
