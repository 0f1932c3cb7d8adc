package org.warledger.aid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
 * A pledge, reported total or contract as reported. Its normalised EUR/USD value is not stored: it is computed from the
 * loaded rates whenever it is read, so a rate loaded later applies at once.
 */
@Entity
@Table(name = "aid_pledge")
public class AidPledge {

    @Id
    public UUID id;

    @Version
    public long version;

    public String title;

    public String donor;

    public String recipient;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public AidType type;

    @Enumerated(EnumType.STRING)
    public PledgeStatus status;

    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Embedded
    public Money value;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Item> items = new ArrayList<>();

    public String timeframe;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "event_id")
    public UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "status_history", columnDefinition = "jsonb")
    public List<StatusChange> statusHistory = new ArrayList<>();

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
