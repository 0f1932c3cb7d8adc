package org.warledger.gateway.schema;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("A claimant name, as written on claims, that no claimant identity knows yet")
public record UnlinkedClaimant(@Description("The name as written") String name,
        @Description("Claims naming it") long claims,
        @Description("The latest asOf among those claims") LocalDate latestAsOf) {
}
