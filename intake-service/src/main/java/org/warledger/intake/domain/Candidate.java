package org.warledger.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record extraction proposes from an article: the owning service's input fields ({@code proposed}, JSON), the span of
 * the article it came from, the evidence of each field, a confidence with its reasons, and the review.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    public UUID id;

    @Column(name = "article_id")
    public UUID articleId;

    @Version
    public long version;

    public int ordinal;

    @Enumerated(EnumType.STRING)
    public CandidateKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String proposed;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;

    public String quote;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Evidence> evidence = new ArrayList<>();

    public BigDecimal confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> reasons = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public CandidateStatus status;

    @Column(name = "record_id")
    public UUID recordId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String accepted;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
