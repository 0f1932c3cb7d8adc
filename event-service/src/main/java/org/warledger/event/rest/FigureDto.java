package org.warledger.event.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.event.domain.Figure;
import org.warledger.event.domain.Qualifier;

/**
 * A figure in the API's JSON. The client sends {@code qualifier} with {@code value} (or {@code low}/{@code high} for
 * {@code RANGE}); {@code low}, {@code best} and {@code high} are derived by the service and ignored on the way in.
 */
@Schema(name = "Figure", description = "A number as stated. value, low and high are whole numbers from 0 to "
        + "1000000000000 (10^12); low/best/high are derived by the service. An UNQUANTIFIED figure may keep the "
        + "vague word it was stated with (\"thousands\"), which gives it a lower bound when the word is in the "
        + "service's vocabulary.")
public record FigureDto(@NotNull Qualifier qualifier,
        @PositiveOrZero @Max(value = Figure.MAX, message = FigureDto.MAX_MESSAGE) Long value,
        @PositiveOrZero @Max(value = Figure.MAX, message = FigureDto.MAX_MESSAGE) Long low, Long best,
        @PositiveOrZero @Max(value = Figure.MAX, message = FigureDto.MAX_MESSAGE) Long high,
        @Size(max = 100) @Schema(description = "The vague word of an UNQUANTIFIED figure, as stated: "
                + "\"thousands\", \"tens of thousands\"") String word) {

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
