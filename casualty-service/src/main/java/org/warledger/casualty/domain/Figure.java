package org.warledger.casualty.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A number as it was stated. The client sends {@code qualifier} with {@code value} (or {@code low}/{@code high} for
 * {@code RANGE}), or {@code UNQUANTIFIED} with the vague {@code word} it was stated with ("thousands"); {@code low},
 * {@code best} and {@code high} are derived by the service (see {@code FigureRules}). Every stated number lies from 0
 * to {@link #MAX} (a million millions), so that derived bounds never overflow.
 */
@Schema(description = "A number as stated. value, low and high are whole numbers from 0 to 1000000000000 (10^12); "
        + "low/best/high are derived by the service. An UNQUANTIFIED figure may keep the vague word it was stated "
        + "with (\"thousands\"), which gives it a lower bound when the word is in the service's vocabulary.")
@Embeddable
public record Figure(@NotNull @Enumerated(EnumType.STRING) @Column(name = "figure_qualifier") Qualifier qualifier,
        @PositiveOrZero @Max(value = MAX, message = MAX_MESSAGE) @Column(name = "figure_value") Long value,
        @PositiveOrZero @Max(value = MAX, message = MAX_MESSAGE) @Column(name = "figure_low") Long low,
        @Column(name = "figure_best") Long best,
        @PositiveOrZero @Max(value = MAX, message = MAX_MESSAGE) @Column(name = "figure_high") Long high,
        @Size(max = 100) @Schema(description = "The vague word of an UNQUANTIFIED figure, as stated: "
                + "\"thousands\", \"tens of thousands\"") @Column(name = "figure_word") String word) {

    /** The largest number a figure may state: 10^12, far above any count of people or equipment. */
    public static final long MAX = 1_000_000_000_000L;
    static final String MAX_MESSAGE = "must be at most 1000000000000 (10^12)";

    @JsonIgnore
    @AssertTrue(message = "value is required for this qualifier")
    public boolean isValuePresentWhenNeeded() {
        return qualifier == null || qualifier == Qualifier.RANGE || qualifier == Qualifier.UNQUANTIFIED
                || value != null;
    }

    @JsonIgnore
    @AssertTrue(message = "RANGE needs low and high with low <= high, and a value (if given) between them")
    public boolean isRangeConsistent() {
        if (qualifier != Qualifier.RANGE) {
            return true;
        }
        return low != null && high != null && low <= high && (value == null || (value >= low && value <= high));
    }

    @JsonIgnore
    @AssertTrue(message = "UNQUANTIFIED carries no number")
    public boolean isUnquantifiedWithoutNumber() {
        return qualifier != Qualifier.UNQUANTIFIED || (value == null && low == null && high == null);
    }

    @JsonIgnore
    @AssertTrue(message = "only an UNQUANTIFIED figure is stated with a word; a number states its own wording")
    public boolean isWordOnlyWhenUnquantified() {
        return word == null || qualifier == null || qualifier == Qualifier.UNQUANTIFIED;
    }

    @JsonIgnore
    @AssertTrue(message = "word must not be blank")
    public boolean isWordNotBlank() {
        return word == null || !word.isBlank();
    }
}
