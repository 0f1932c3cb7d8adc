package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body a claimant is")
public enum ClaimantKind {
    GOVERNMENT, MILITARY, INTELLIGENCE, INTERNATIONAL_ORGANISATION, NGO, MEDIA, RESEARCH, OTHER
}
