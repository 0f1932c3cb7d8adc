package org.warledger.casualty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A figure someone stated about someone's losses, in its current revision. Every revision, this one included, is kept
 * in {@link ClaimRevision}; a claim is never deleted.
 */
@Entity
@Table(name = "casualty_claim")
public class CasualtyClaim {

    @Id
    public UUID id;

    @Version
    public long version;

    /** The claimant as written in the source. */
    public String claimant;

    /** The identity the claimant is, when known; never guessed (see {@link ClaimantLink}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_id")
    public Claimant identity;

    public String subject;

    public String force;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_type")
    public EquipmentType equipmentType;

    @Embedded
    public Figure figure;

    @Embedded
    public Scope scope;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "stated_on")
    public LocalDate statedOn;

    @Column(name = "event_id")
    public UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Source> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public int revision;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "retracted_by")
    public String retractedBy;

    @Column(name = "external_key")
    public String externalKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;
}
