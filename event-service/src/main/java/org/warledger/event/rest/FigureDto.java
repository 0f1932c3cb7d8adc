package org.warledger.event.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.event.domain.Figure;
import org.warledger.event.domain.Qualifier;

/**
 * A figure in the API's JSON. The client sends {@code qualifier} with {@code value} (or {@code low}/{@code high} for
 * {@code RANGE}); {@code low}, {@code best} and {@code high} are derived by the service and ignored on the way in.
 */
@Schema(name = "Figure", description = "A number as stated. value, low and high are whole numbers from 0 to "
        + "1000000000000 (10^12); low/best/high are derived by the service.")
public record FigureDto(@NotNull Qualifier qualifier,
        @PositiveOrZero @Max(value = Figure.MAX, message = FigureDto.MAX_MESSAGE) Long value,
        @PositiveOrZero @Max(value = Figure.MAX, message = FigureDto.MAX_MESSAGE) Long low, Long best,
        @PositiveOrZero @Max(value = Figure.MAX, message = FigureDto.MAX_MESSAGE) Long high) {

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
}
