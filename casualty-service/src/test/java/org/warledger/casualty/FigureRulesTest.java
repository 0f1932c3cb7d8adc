package org.warledger.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warledger.casualty.config.FiguresConfig;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Qualifier;
import org.warledger.casualty.service.FigureRules;

class FigureRulesTest {

    private final FigureRules rules = new FigureRules(() -> 0.1);

    @ParameterizedTest(name = "{0} {1} (low {2}, high {3}) -> {4}/{5}/{6}")
    @CsvSource(nullValues = "-", value = { "EXACT,         17,     -,    -,    17,     17,     17",
            "APPROXIMATELY, 500000, -,    -,    450000, 500000, 550000",
            "APPROXIMATELY, 11000,  -,    -,    9900,   11000,  12100",
            "APPROXIMATELY, 7,      -,    -,    6,      7,      8",
            "AT_LEAST,      555620, -,    -,    555620, 555620, -",
            "MORE_THAN,     350000, -,    -,    350001, 350001, -",
            "AT_MOST,       1000,   -,    -,    -,      1000,   1000",
            "RANGE,         -,      1000, 2000, 1000,   -,      2000",
            "RANGE,         1500,   1000, 2000, 1000,   1500,   2000",
            "UNQUANTIFIED,  -,      -,    -,    -,      -,      -" })
    void derivesBoundsFromTheWording(Qualifier qualifier, Long value, Long low, Long high, Long expectedLow,
            Long expectedBest, Long expectedHigh) {
        Figure derived = rules.derive(new Figure(qualifier, value, low, null, high));
        assertEquals(Arrays.asList(expectedLow, expectedBest, expectedHigh),
                Arrays.asList(derived.low(), derived.best(), derived.high()));
        assertEquals(qualifier, derived.qualifier());
        assertEquals(value, derived.value());
    }
}
