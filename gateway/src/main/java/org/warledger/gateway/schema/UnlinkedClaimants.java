package org.warledger.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("Claimant names that no identity knows yet")
public record UnlinkedClaimants(@Description("The names") List<UnlinkedClaimant> items,
        @Description("More names exist than the limit let through") boolean truncated) {
}
