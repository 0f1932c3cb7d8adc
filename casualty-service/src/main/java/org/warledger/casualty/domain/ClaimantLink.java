package org.warledger.casualty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of the identity a claim is linked to, the first link included. Written once, never changed. */
@Entity
@Table(name = "claimant_link")
public class ClaimantLink {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    /** Null when the claim was unlinked. */
    @Column(name = "claimant_id")
    public UUID claimantId;

    @Column(name = "previous_claimant_id")
    public UUID previousClaimantId;

    @Enumerated(EnumType.STRING)
    public LinkReason how;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
