package org.warledger.gateway.resolver;

import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.Candidate;
import org.warledger.gateway.schema.Proposals.ProposedAidPledge;
import org.warledger.gateway.schema.Proposals.ProposedCasualtyClaim;
import org.warledger.gateway.schema.Proposals.ProposedEvent;

/**
 * A candidate's proposed record read typed, in the schema's own types: read from the candidate's JSON, no service is
 * called. Only the view of the candidate's kind is set; a proposed record that does not read so fails that field alone
 * ({@code proposedJson} still holds it).
 */
@GraphQLApi
@PermitAll
public class CandidateProposals {

    @Description("The proposed casualty claim, typed: for a CASUALTY_CLAIM, null otherwise")
    public ProposedCasualtyClaim proposedCasualtyClaim(@Source Candidate candidate) {
        return WireMapper.proposedClaim(candidate);
    }

    @Description("The proposed aid pledge, typed: for an AID_PLEDGE, null otherwise")
    public ProposedAidPledge proposedAidPledge(@Source Candidate candidate) {
        return WireMapper.proposedPledge(candidate);
    }

    @Description("The proposed event, typed: for an EVENT, null otherwise")
    public ProposedEvent proposedEvent(@Source Candidate candidate) {
        return WireMapper.proposedEvent(candidate);
    }
}
