package org.warledger.gateway.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
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

/**
 * Reads the plain fields of the gateway's records (everything that is not a query, a mutation or a cross-service field)
 * straight from their accessors.
 * <p>
 * SmallRye GraphQL's default field fetcher refreshes its request context on every field it resolves: the field's path
 * as text, its arguments, and its whole selected sub-tree rendered as JSON twice — for {@code edges} or {@code node}
 * that is the rest of the query, again for every row. Nothing in the gateway reads that context from a record accessor,
 * and it was a third of the gateway's CPU per composed query. Fields that SmallRye has to convert (dates and times,
 * numbers shown as another scalar, adapted or formatted values) keep SmallRye's fetcher, so the answers are the same
 * byte for byte.
 * <p>
 * Registered through SmallRye's {@link DataFetcherService} SPI ({@code META-INF/services}).
 */
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 200;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (needsConversion(field)) {
            return null;
        }
        return new Accessor<>(accessor(field, owner));
    }

    /** What SmallRye's own fetcher would change on the way out: then it must stay in charge. */
    static boolean needsConversion(Field field) {
        Reference reference = field.getReference();
        boolean scalarShownAsAnotherType = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean unusualWrapper = field.hasWrapper()
                && (field.getWrapper().isArray() || field.getWrapper().isOptional() || field.getWrapper().isMap());
        return scalarShownAsAnotherType || unusualWrapper || field.hasTransformation() || field.isAdaptingTo()
                || field.isAdaptingWith() || reference.isAdaptingTo() || reference.isAdaptingWith();
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

    /** Returns the accessor's value as it is; graphql-java's scalars and enums serialise it. */
    record Accessor<T>(MethodHandle handle) implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            try {
                return source == null ? null : (T) handle.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
