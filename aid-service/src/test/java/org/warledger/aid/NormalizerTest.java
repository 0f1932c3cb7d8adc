package org.warledger.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warledger.aid.domain.Money;
import org.warledger.aid.domain.MoneyQualifier;
import org.warledger.aid.domain.Normalized;
import org.warledger.aid.domain.RatesAt;
import org.warledger.aid.service.Normalizer;

class NormalizerTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);
    private static final RatesAt.Rate USD = new RatesAt.Rate("USD", new BigDecimal("1.08"), JULY, "ECB");
    private static final RatesAt.Rate GBP = new RatesAt.Rate("GBP", new BigDecimal("0.85"), JULY, "ECB");

    private final Normalizer normalizer = new Normalizer();

    @Test
    void eurosBecomeDollarsWithTheUsdRate() {
        Normalized n = normalizer.normalize(money("40000000000", "EUR"), new RatesAt(null, USD));
        assertEquals(new BigDecimal("40000000000.00"), n.eur());
        assertEquals(new BigDecimal("43200000000.00"), n.usd());
        assertEquals(JULY, n.rateDate());
        assertEquals("ECB", n.rateSource());
        assertNull(n.unavailable());
    }

    @Test
    void poundsGoThroughEuros() {
        Normalized n = normalizer.normalize(money("1000000000", "GBP"), new RatesAt(GBP, USD));
        assertEquals(new BigDecimal("1176470588.24"), n.eur());
        assertEquals(new BigDecimal("1270588235.29"), n.usd());
        assertEquals(2, n.rates().size());
    }

    @Test
    void dollarsStayDollars() {
        Normalized n = normalizer.normalize(money("700000000", "USD"), new RatesAt(USD, USD));
        assertEquals(new BigDecimal("700000000.00"), n.usd());
        assertEquals(new BigDecimal("648148148.15"), n.eur());
    }

    @Test
    void withoutARateTheValueIsAbsentAndSaysWhy() {
        Normalized n = normalizer.normalize(money("1000000000", "GBP"), null);
        assertNull(n.eur());
        assertNull(n.usd());
        assertTrue(n.unavailable().contains("GBP"), n.unavailable());
        Normalized euros = normalizer.normalize(money("5", "EUR"), new RatesAt(null, null));
        assertEquals(new BigDecimal("5.00"), euros.eur());
        assertNull(euros.usd());
        assertTrue(euros.unavailable().contains("USD"), euros.unavailable());
    }

    @Test
    void noValueNoNormalisation() {
        assertNull(normalizer.normalize(null, new RatesAt(GBP, USD)));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency, MoneyQualifier.EXACT);
    }
}
