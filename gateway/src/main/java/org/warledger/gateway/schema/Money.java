package org.warledger.gateway.schema;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("An amount exactly as reported, in its own ISO 4217 currency and wording; amount is an exact decimal")
public record Money(BigDecimal amount, String currency, MoneyQualifier qualifier) {
}
