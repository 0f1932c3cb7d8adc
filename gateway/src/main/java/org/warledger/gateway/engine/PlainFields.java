package org.warledger.gateway.engine;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads the plain fields of the gateway's records (everything that is not a query, a mutation or a cross-service field)
 * straight from their accessors.
 * <p>
 * SmallRye GraphQL's default field fetcher refreshes its request context on every field it resolves: the field's path
 * as text, its arguments, and its whole selected sub-tree rendered as JSON twice — for {@code edges} or {@code node}
 * that is the rest of the query, again for every row. Nothing in the gateway reads that context from a record accessor,
 * and it was a third of the gateway's CPU per composed query. Fields that SmallRye has to convert (dates and times,
 * numbers shown as another scalar, adapted or formatted values) keep SmallRye's fetcher, so the answers are the same
 * byte for byte. They are graphql-java {@link LightDataFetcher}s: graphql-java then builds no
 * {@link DataFetchingEnvironment} for them either, which it did for every field of every row.
 * <p>
 * Registered through SmallRye's {@link DataFetcherService} SPI ({@code META-INF/services}).
 */
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 200;
    }

    /**
     * The conversions SmallRye applies by default to the scalars the gateway's records use, done directly: ISO text for
     * dates and instants ({@code toString()} is ISO-8601), and {@code BigInteger} for the longs of the
     * {@code BigInteger} scalar.
     */
    private static final Map<String, UnaryOperator<Object>> DEFAULT_CONVERSIONS = Map.of(LocalDate.class.getName(),
            Object::toString, Instant.class.getName(), Object::toString, Long.class.getName(),
            value -> BigInteger.valueOf((Long) value));

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (needsConversion(field)) {
            UnaryOperator<Object> conversion = DEFAULT_CONVERSIONS.get(field.getReference().getClassName());
            if (conversion == null || field.hasWrapper() || !plain(field)) {
                return null;
            }
            return new Converted<>(accessor(field, owner), conversion);
        }
        return new Accessor<>(accessor(field, owner));
    }

    /** What SmallRye's own fetcher would change on the way out: then it must stay in charge. */
    static boolean needsConversion(Field field) {
        Reference reference = field.getReference();
        boolean scalarShownAsAnotherType = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        return scalarShownAsAnotherType || !plain(field);
    }

    /** No format, no adapter, no array, optional or map around the value. */
    private static boolean plain(Field field) {
        Reference reference = field.getReference();
        boolean unusualWrapper = field.hasWrapper()
                && (field.getWrapper().isArray() || field.getWrapper().isOptional() || field.getWrapper().isMap());
        return !(unusualWrapper || field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()
                || reference.isAdaptingTo() || reference.isAdaptingWith());
    }

    private static MethodHandle accessor(Field field, Reference owner) {
        try {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = field.getMethodName() == null
                    ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                    : lookup.unreflect(type.getMethod(field.getMethodName()));
            return handle.asType(MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No public accessor for " + owner.getClassName() + "." + field.getName(),
                    e);
        }
    }

    /** A single date, instant or long, converted as SmallRye converts it by default. */
    record Converted<T>(MethodHandle handle, UnaryOperator<Object> conversion)
            implements PlugableDataFetcher<T>, LightDataFetcher<T> {

        @Override
        public T get(DataFetchingEnvironment environment) throws Exception {
            return get(null, environment.getSource(), null);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            Object value = read(handle, source);
            return value == null ? null : (T) conversion.apply(value);
        }
    }

    /** Returns the accessor's value as it is; graphql-java's scalars and enums serialise it. */
    record Accessor<T>(MethodHandle handle) implements PlugableDataFetcher<T>, LightDataFetcher<T> {

        @Override
        public T get(DataFetchingEnvironment environment) throws Exception {
            return get(null, environment.getSource(), null);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            return (T) read(handle, source);
        }
    }

    /** The accessor's value on the field's parent (null for no parent). */
    private static Object read(MethodHandle handle, Object source) throws Exception {
        try {
            return source == null ? null : (Object) handle.invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
