package org.warledger.gateway.engine;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;

/**
 * The {@code Float} scalar as SmallRye serialises it, refusing what no JSON number can carry: an infinite or NaN value
 * (a service answering a number beyond a double's range, such as {@code 1E+400}, is read as infinity). SmallRye's
 * scalar let it through, and the answer then failed while it was written, leaving the request without one. Refused, the
 * field is null with graphql-java's error for a value its scalar cannot serialise, and the rest answers.
 */
final class FiniteFloats implements Coercing<Object, Object> {

    private final Coercing<Object, Object> smallrye;

    @SuppressWarnings("unchecked")
    FiniteFloats(Coercing<?, ?> smallrye) {
        this.smallrye = (Coercing<Object, Object>) smallrye;
    }

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
        return finite(smallrye.serialize(value, context, locale), value);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Object serialize(Object value) throws CoercingSerializeException {
        return finite(smallrye.serialize(value), value);
    }

    private static Object finite(Object serialised, Object value) {
        if (serialised instanceof Double number && !Double.isFinite(number)
                || serialised instanceof Float single && !Float.isFinite(single)) {
            throw new CoercingSerializeException("Float cannot represent a value that is not finite: " + value);
        }
        return serialised;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
        return smallrye.parseValue(input, context, locale);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Object parseValue(Object input) throws CoercingParseValueException {
        return smallrye.parseValue(input);
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
            throws CoercingParseLiteralException {
        return smallrye.parseLiteral(input, variables, context, locale);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Object parseLiteral(Object input) throws CoercingParseLiteralException {
        return smallrye.parseLiteral(input);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return smallrye.valueToLiteral(input, context, locale);
    }
}
