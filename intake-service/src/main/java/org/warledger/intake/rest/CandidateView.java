package org.warledger.intake.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.domain.CandidateStatus;
import org.warledger.intake.domain.Evidence;

/** A record extraction proposes, with the words behind each field and its review. */
@Schema(name = "Candidate")
public record CandidateView(UUID id, UUID articleId, CandidateKind kind,
        @Schema(description = "The owning service's input fields (ClaimInput, PledgeInput "
                + "or EventInput) without sources and externalKey, which acceptance adds") Map<String, Object> proposed,
        Span span, @Schema(description = "Exactly the article's text from span.start to span.end") String quote,
        List<Evidence> evidence, @Schema(description = "0 to 1") BigDecimal confidence,
        @Schema(description = "What raised or lowered the confidence, and fields that no words stand for") List<String> reasons,
        CandidateStatus status, @Schema(description = "The created record's id, once ACCEPTED") UUID recordId,
        @Schema(description = "The record as it was created, edits, externalKey and sources included") Map<String, Object> accepted,
        String rejectionReason, String reviewedBy, Instant reviewedAt, long version, Instant createdAt,
        Instant updatedAt) {

    /** UTF-16 offsets into the article's text, end exclusive. */
    public record Span(int start, int end) {
    }
}
