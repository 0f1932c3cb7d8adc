package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of record a candidate proposes, and so the service that records it on acceptance: "
        + "CASUALTY_CLAIM casualty-service, AID_PLEDGE aid-service, EVENT event-service")
public enum CandidateKind {
    CASUALTY_CLAIM, AID_PLEDGE, EVENT
}
