package org.warledger.casualty;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warledger.casualty.config.FiguresConfig;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Qualifier;
import org.warledger.casualty.service.FigureRules;
import org.warledger.testing.FigureContract;
import org.warledger.testing.FigureContractTests;

/**
 * casualty-service's figures keep the suite's figure contract: the validation of a claim's figure refuses what the
 * table refuses, and FigureRules derives the bounds the table gives.
 */
class FigureContractTest extends FigureContractTests {

    @Override
    protected Object figure(FigureContract.Stated s) {
        return new Figure(qualifier(s), s.value(), s.low(), null, s.high(), s.word());
    }

    @Override
    protected Derived derive(FigureContract.Stated s, double tolerance, Map<String, Long> vocabulary) {
        Figure derived = new FigureRules(new FiguresConfig() {
            @Override
            public double approximatelyTolerance() {
                return tolerance;
            }

            @Override
            public Map<String, Long> vagueWords() {
                return vocabulary;
            }
        }).derive(new Figure(qualifier(s), s.value(), s.low(), null, s.high(), s.word()));
        return new Derived(derived.qualifier().name(), derived.value(), derived.low(), derived.best(), derived.high(),
                derived.word());
    }

    @Override
    protected Set<String> qualifiers() {
        return Arrays.stream(Qualifier.values()).map(Enum::name).collect(Collectors.toSet());
    }

    private static Qualifier qualifier(FigureContract.Stated s) {
        return s.qualifier() == null ? null : Qualifier.valueOf(s.qualifier());
    }
}
