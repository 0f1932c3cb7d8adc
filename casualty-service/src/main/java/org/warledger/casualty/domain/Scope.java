package org.warledger.casualty.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The time a figure covers. */
@Embeddable
@Schema(description = "CUMULATIVE: since 'from' (when stated) up to the claim's asOf; "
        + "INTERVAL: from 'from' to 'to', both required")
public record Scope(@NotNull @Enumerated(EnumType.STRING) @Column(name = "scope_kind") ScopeKind kind,
        @Column(name = "scope_from") LocalDate from, @Column(name = "scope_to") LocalDate to) {

    /** Why {@link #allowsStatedOn} refused, as a create and a revision both report it. */
    public static final String STATED_BEFORE_AS_OF = "statedOn must not be before asOf for a CUMULATIVE figure";

    /**
     * A cumulative figure is a running total up to {@code asOf}, so it cannot have been stated before that date. The
     * one rule for a create and a revision (whose scope is the claim's).
     */
    public boolean allowsStatedOn(LocalDate asOf, LocalDate statedOn) {
        return statedOn == null || asOf == null || kind != ScopeKind.CUMULATIVE || !statedOn.isBefore(asOf);
    }

    @JsonIgnore
    @AssertTrue(message = "an INTERVAL needs from and to, with to not before from")
    public boolean isIntervalBounded() {
        return kind != ScopeKind.INTERVAL || (from != null && to != null && !to.isBefore(from));
    }

    @JsonIgnore
    @AssertTrue(message = "a CUMULATIVE scope runs up to asOf and takes no 'to'")
    public boolean isCumulativeOpenEnded() {
        return kind != ScopeKind.CUMULATIVE || to == null;
    }
}
