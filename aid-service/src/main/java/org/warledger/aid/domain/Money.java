package org.warledger.aid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount exactly as reported, in its own currency and wording: "at least 40 billion euros" is 40000000000 EUR
 * AT_LEAST.
 */
@Embeddable
@Schema(name = "Money")
public record Money(
        @NotNull @Positive @DecimalMax(value = "1000000000000000", message = "must be at most 1000000000000000 (10^15)") @Digits(integer = 16, fraction = 4) @Column(name = "value_amount") @Schema(description = "Above 0 and at most 10^15 (a million billions, room for any reported amount in any currency), "
                + "with at most 4 decimals") BigDecimal amount,
        @NotNull @CurrencyCode @Column(name = "value_currency") String currency,
        @Enumerated(EnumType.STRING) @Column(name = "value_qualifier") @Schema(description = "EXACT when omitted") MoneyQualifier qualifier) {
}
