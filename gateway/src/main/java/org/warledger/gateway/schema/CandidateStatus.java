package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("PROPOSED awaits review; ACCEPTED was recorded in the owning service (recordId); REJECTED was turned "
        + "down (rejectionReason)")
public enum CandidateStatus {
    PROPOSED, ACCEPTED, REJECTED
}
