package org.warledger.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Relay connections over the services' keyset cursors. */
public final class Connections {

    private Connections() {
    }

    @Description("Relay page information")
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public record EventEdge(Event node, String cursor) {
    }

    public record EventConnection(List<EventEdge> edges, PageInfo pageInfo) {
    }

    public record CasualtyClaimEdge(CasualtyClaim node, String cursor) {
    }

    public record CasualtyClaimConnection(List<CasualtyClaimEdge> edges, PageInfo pageInfo) {
    }

    public record AidPledgeEdge(AidPledge node, String cursor) {
    }

    public record AidPledgeConnection(List<AidPledgeEdge> edges, PageInfo pageInfo) {
    }

    public record ClaimantEdge(Claimant node, String cursor) {
    }

    public record ClaimantConnection(List<ClaimantEdge> edges, PageInfo pageInfo) {
    }

    public record ArticleEdge(Article node, String cursor) {
    }

    public record ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo) {
    }

    public record TimelineEdge(TimelineItem node, String cursor) {
    }

    public record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo) {
    }
}
