package org.warledger.aid.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.aid.domain.MoneyQualifier;

/**
 * An amount exactly as reported, in its own currency and wording: "at least 40 billion euros" is 40000000000 EUR
 * AT_LEAST.
 */
@Schema(name = "Money")
public record MoneyDto(
        @NotNull @Positive @DecimalMax(value = "1000000000000000",
                message = "must be at most 1000000000000000 " + "(10^15)") @Digits(integer = 16,
                        fraction = 4) @Schema(description = "Above 0 and at most 10^15 "
                                + "(a million billions, room for any reported amount in any currency), "
                                + "with at most 4 decimals") BigDecimal amount,
        @NotNull @CurrencyCode String currency, @Schema(description = "EXACT when omitted") MoneyQualifier qualifier) {
}
