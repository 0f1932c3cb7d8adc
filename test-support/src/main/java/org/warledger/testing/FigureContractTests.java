package org.warledger.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figure contract ({@link FigureContract}) as tests: a service's {@code FigureContractTest} extends this and says
 * how to build its validated figure, how its rules derive the bounds, and which qualifiers it knows; every case of the
 * table then runs against that service's own code.
 */
public abstract class FigureContractTests {

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    /** The bounds a service derived, with the qualifier (by name), value and word it kept. */
    public record Derived(String qualifier, Long value, Long low, Long best, Long high, String word) {
    }

    /** The service's figure as a client sends it (the type its validation annotations are on). */
    protected abstract Object figure(FigureContract.Stated stated);

    /** The service's rules applied to a stated figure with the given tolerance for "about" and vague words. */
    protected abstract Derived derive(FigureContract.Stated stated, double tolerance, Map<String, Long> vocabulary);

    /** The names of the service's qualifier constants. */
    protected abstract Set<String> qualifiers();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    static Stream<FigureContract.Case> cases() {
        return FigureContract.cases().stream();
    }

    static Stream<FigureContract.Case> acceptedCases() {
        return cases().filter(FigureContract.Case::accepted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void figuresAreAcceptedOrRefusedAsTheContractSays(FigureContract.Case contract) {
        Set<String> refused = VALIDATOR.validate(figure(contract.stated())).stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString).collect(Collectors.toSet());
        assertEquals(contract.accepted() ? Set.of() : contract.refused(), refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedCases")
    void acceptedFiguresGetTheBoundsOfTheContract(FigureContract.Case contract) {
        FigureContract.Stated s = contract.stated();
        Derived derived = derive(s, contract.tolerance(), FigureContract.vocabulary());
        FigureContract.Bounds b = contract.bounds();
        assertEquals(Arrays.asList(b.low(), b.best(), b.high()),
                Arrays.asList(derived.low(), derived.best(), derived.high()));
        assertEquals(Arrays.asList(s.qualifier(), s.value(), s.word() == null ? null : s.word().strip()),
                Arrays.asList(derived.qualifier(), derived.value(), derived.word()));
    }

    /** The service's own configuration has the contract's vocabulary: what the table says is what it does. */
    @Test
    void theServiceConfiguresTheContractsVocabulary() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String prefix = "warledger.figures.vague-words.";
        Map<String, Long> configured = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> configured
                .put(k.substring(prefix.length()).replace("\"", ""), Long.valueOf(properties.getProperty(k))));
        assertEquals(new TreeMap<>(FigureContract.vocabulary()), configured);
    }

    @Test
    void theContractCoversEveryQualifierAndNoOther() {
        assertEquals(FigureContract.qualifiers(), qualifiers());
    }
}
