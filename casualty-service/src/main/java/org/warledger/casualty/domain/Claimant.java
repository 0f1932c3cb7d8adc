package org.warledger.casualty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who states figures, as one identity under all the names it is written with: "US Department of Defense", also written
 * "Pentagon" or "DoD". It speaks for a party ({@code affiliation}) and may belong to a larger body ({@code parentId}).
 * Claims link to it by their written claimant; the lookup keys of its names are in {@link ClaimantAlias}.
 */
@Entity
@Table(name = "claimant")
@BatchSize(size = 100)
public class Claimant {

    @Id
    public UUID id;

    @Version
    public long version;

    public String name;

    /** Its other names as written, its own name not among them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> aliases = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ClaimantKind kind;

    /** A party code ("US", "NATO"), or several joined by '+' ("GB+US") for a joint statement; null when unknown. */
    public String affiliation;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;
}
