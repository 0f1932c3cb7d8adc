package org.warledger.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An article as posted. Its text never changes: candidates point into it by character offsets. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public UUID id;

    @Version
    public long version;

    public String url;

    public String publisher;

    public String title;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "retrieved_on")
    public LocalDate retrievedOn;

    public String language;

    @Column(updatable = false)
    public String text;

    @Column(name = "content_hash", updatable = false)
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "created_by")
    public String createdBy;
}
