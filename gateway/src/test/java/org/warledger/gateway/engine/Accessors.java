package org.warledger.gateway.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** The fetcher {@link PlainFields} makes for a record's accessor, for the test schemas' records. */
final class Accessors {

    private Accessors() {
    }

    static PlainFields.Accessor<Object> of(Class<?> type, String name) {
        try {
            return new PlainFields.Accessor<>(MethodHandles.publicLookup().unreflect(type.getMethod(name))
                    .asType(MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
