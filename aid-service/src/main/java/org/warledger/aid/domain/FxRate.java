package org.warledger.aid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An exchange rate the operator loaded: units of {@code currency} per one euro on {@code date}, with its source. */
@Entity
@Table(name = "fx_rate")
public class FxRate {

    @Id
    public UUID id;

    public LocalDate date;

    public String currency;

    @Column(name = "per_eur")
    public BigDecimal perEur;

    public String source;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
