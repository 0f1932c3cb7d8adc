package org.warledger.event.domain;

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

/** An event of the war as reported, with its provenance. Rows are never deleted: a retraction is a status. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    public UUID id;

    @Version
    public long version;

    public String title;

    @Enumerated(EnumType.STRING)
    public EventType type;

    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> actors = new ArrayList<>();

    @Embedded
    public Location location;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Quantity> quantities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public RecordStatus status;

    @Column(name = "retraction_reason")
    public String retractionReason;

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
