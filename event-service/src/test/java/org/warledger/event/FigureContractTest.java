package org.warledger.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warledger.event.domain.Figure;
import org.warledger.event.domain.Qualifier;
import org.warledger.event.rest.FigureDto;
import org.warledger.event.service.FigureRules;
import org.warledger.testing.FigureContract;

/**
 * event-service's figures keep the suite's figure contract: the validation of a quantity's figure refuses what the
 * table refuses, and FigureRules derives the bounds the table gives.
 */
class FigureContractTest {

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

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
        FigureContract.Stated s = contract.stated();
        Qualifier qualifier = s.qualifier() == null ? null : Qualifier.valueOf(s.qualifier());
        Set<String> refused = VALIDATOR.validate(new FigureDto(qualifier, s.value(), s.low(), null, s.high())).stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString).collect(Collectors.toSet());
        assertEquals(contract.accepted() ? Set.of() : contract.refused(), refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedCases")
    void acceptedFiguresGetTheBoundsOfTheContract(FigureContract.Case contract) {
        FigureContract.Stated s = contract.stated();
        Qualifier qualifier = Qualifier.valueOf(s.qualifier());
        Figure derived = new FigureRules(contract::tolerance)
                .derive(new Figure(qualifier, s.value(), s.low(), null, s.high()));
        FigureContract.Bounds b = contract.bounds();
        assertEquals(Arrays.asList(b.low(), b.best(), b.high()),
                Arrays.asList(derived.low(), derived.best(), derived.high()));
        assertEquals(qualifier, derived.qualifier());
        assertEquals(s.value(), derived.value());
    }

    @Test
    void theContractCoversEveryQualifierAndNoOther() {
        assertEquals(FigureContract.qualifiers(),
                Arrays.stream(Qualifier.values()).map(Enum::name).collect(Collectors.toSet()));
    }
}
