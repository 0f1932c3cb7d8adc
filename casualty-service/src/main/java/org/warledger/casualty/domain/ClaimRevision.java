package org.warledger.casualty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One value a claim has had. Written once; only its status moves on, from ACTIVE to SUPERSEDED or RETRACTED. */
@Entity
@Table(name = "casualty_claim_revision")
public class ClaimRevision {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    public int revision;

    @Embedded
    public Figure figure;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "stated_on")
    public LocalDate statedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Source> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
