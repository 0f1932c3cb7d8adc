package org.warledger.gateway.schema;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A record intake-service found in an article's text, proposed for an editor to accept (which creates "
        + "it in the owning service) or reject")
public record Candidate(@Id String id, @Id String articleId, CandidateKind kind,
        @Description("The proposed record as JSON text (an object): the owning service's input fields, without "
                + "sources and externalKey, which acceptance adds. proposedCasualtyClaim, proposedAidPledge and "
                + "proposedEvent read it typed") String proposedJson,
        @Description("Where in the article's text it was found") Span span,
        @Description("The article's text within span, exactly") String quote,
        @Description("Which part of the text gave which proposed field") List<Evidence> evidence,
        @Description("How sure the extraction is, 0 to 1") Double confidence,
        @Description("Why it was proposed so, in words") List<String> reasons, CandidateStatus status,
        @Description("The id of the record created on acceptance; null before") @Id String recordId,
        @Description("Why it was rejected, if it was") String rejectionReason,
        @Description("Who accepted or rejected it") String reviewedBy,
        @Description("When it was accepted or rejected") Instant reviewedAt, long version, Instant createdAt,
        Instant updatedAt) {

    /** A candidate is identified by its id: batch loaders key on it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
