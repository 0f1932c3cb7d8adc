package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("How a claim came to name a claimant: ON_CREATE (its claimant matched a name or alias when recorded), "
        + "ALIAS_ADDED (an alias added later matched it), EDITOR (an editor linked or unlinked it)")
public enum ClaimantLinkHow {
    ON_CREATE, ALIAS_ADDED, EDITOR
}
