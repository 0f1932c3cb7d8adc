package org.warledger.aid.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported amount in EUR and USD, with the rates used; what is missing says why. */
@Schema(name = "Normalized")
public record NormalizedView(BigDecimal eur, BigDecimal usd,
        @Schema(description = "Date of the rate of the reported currency "
                + "(of USD for an amount in EUR)") LocalDate rateDate,
        @Schema(description = "Source of that rate") String rateSource,
        @Schema(description = "Every rate used") List<RateUsed> rates,
        @Schema(description = "Why eur or usd is absent; null when both are there") String unavailable) {

    public record RateUsed(String currency, BigDecimal perEur, LocalDate date, String source) {
    }
}
