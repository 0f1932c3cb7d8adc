package org.warledger.gateway.schema;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A claimant identity: one body (a ministry, an agency, an organisation) under its canonical name and the "
        + "aliases claims name it by")
public record Claimant(@Description("The identity") @Id String id,
        @Description("The version to send with an update") long version, @Description("The canonical name") String name,
        @Description("Other names claims give it (\"UK MoD\", \"British Defence Ministry\")") List<String> aliases,
        @Description("What kind of body it is") ClaimantKind kind,
        @Description("The party it speaks for: a party code (\"US\"), joint \"GB+US\"") String affiliation,
        @Description("The body it belongs to, if any (an agency's government)") @Id String parentId,
        @Description("When it was recorded") Instant createdAt,
        @Description("When it was last changed") Instant updatedAt, @Description("Who recorded it") String createdBy,
        @Description("Who changed it last") String updatedBy) {
}
