package org.warledger.aid.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exchange rate: units of currency per one euro on a date. */
@Schema(name = "FxRateInput")
public record FxRateInput(@NotNull LocalDate date, @NotNull @CurrencyCode String currency,
        @NotNull @Positive @Digits(integer = 12, fraction = 8) @Schema(
                description = "Units of currency per 1 EUR, " + "e.g. 1.08 for USD") BigDecimal perEur,
        @NotBlank @Size(max = 500) @Schema(
                description = "Where the rate comes from, " + "e.g. ECB reference rate") String source) {

    @JsonIgnore
    @AssertTrue(message = "EUR is the base currency and needs no rate")
    public boolean isNotEuro() {
        return !"EUR".equals(currency);
    }
}
