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
        @NotNull @Positive @Digits(integer = 18, fraction = 4) @Column(name = "value_amount") BigDecimal amount,
        @NotNull @CurrencyCode @Column(name = "value_currency") String currency,
        @Enumerated(EnumType.STRING) @Column(name = "value_qualifier") @Schema(description = "EXACT when omitted") MoneyQualifier qualifier) {
}
