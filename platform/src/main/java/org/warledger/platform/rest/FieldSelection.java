package org.warledger.platform.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.warledger.platform.paging.Page;

/**
 * The top-level properties a request chose for its records ({@link SparseFields}); all of them when it chose none. A
 * page or record handed out through {@link #page(Page)} or {@link #entity(Object)} is written with only the chosen
 * properties; with all chosen they are the page and record themselves, written as ever.
 */
public final class FieldSelection<T> {

    private final Set<String> names;
    private final ObjectWriter record;
    private final ObjectWriter list;

    FieldSelection(Set<String> names, ObjectWriter record, ObjectWriter list) {
        this.names = names;
        if (names == null) {
            this.record = null;
            this.list = null;
        } else {
            SimpleFilterProvider filters = new SimpleFilterProvider().addFilter(SparseFields.FILTER,
                    new TopLevelFilter(names));
            this.record = record.with(filters);
            this.list = list.with(filters);
        }
    }

    /** Whether the whole record is wanted. */
    public boolean all() {
        return names == null;
    }

    /** Whether the property is written: chosen, or everything is. */
    public boolean includes(String property) {
        return names == null || names.contains(property);
    }

    /** Whether any of the properties is written; work that only they need can be skipped otherwise. */
    public boolean includesAny(String... properties) {
        for (String property : properties) {
            if (includes(property)) {
                return true;
            }
        }
        return false;
    }

    /** The page with each item written with the chosen properties only; the envelope as it is. */
    public Page<T> page(Page<T> page) {
        return all() ? page : new Page<>(new Selected<>(page.items(), list), page.nextCursor());
    }

    /** The record as a response entity, written with the chosen properties only. */
    public Object entity(T value) {
        return all() ? value : new SelectedRecord(value, record);
    }

    /** A page's items, written as a JSON array through the selection's filter. */
    @JsonSerialize(using = SelectedWriter.class)
    static final class Selected<T> extends AbstractList<T> implements RandomAccess {

        private final List<T> items;
        private final ObjectWriter writer;

        Selected(List<T> items, ObjectWriter writer) {
            this.items = items;
            this.writer = writer;
        }

        @Override
        public T get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** One record, written through the selection's filter. */
    @JsonSerialize(using = SelectedRecordWriter.class)
    record SelectedRecord(Object value, ObjectWriter writer) {
    }

    static final class SelectedWriter extends StdSerializer<Selected<?>> {

        @SuppressWarnings({ "unchecked", "rawtypes" })
        SelectedWriter() {
            super((Class) Selected.class);
        }

        @Override
        public void serialize(Selected<?> selected, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            // The array, then each record in it.
            int depth = generator.getOutputContext().getNestingDepth() + 2;
            selected.writer.withAttribute(TopLevelFilter.DEPTH, depth).writeValue(generator, selected.items);
        }
    }

    static final class SelectedRecordWriter extends StdSerializer<SelectedRecord> {

        SelectedRecordWriter() {
            super(SelectedRecord.class);
        }

        @Override
        public void serialize(SelectedRecord selected, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            int depth = generator.getOutputContext().getNestingDepth() + 1;
            selected.writer().withAttribute(TopLevelFilter.DEPTH, depth).writeValue(generator, selected.value());
        }
    }

    /**
     * Lets only the chosen properties out of the records answered, at the depth they are written at: a record of the
     * same type inside a chosen property comes whole.
     */
    static final class TopLevelFilter extends SimpleBeanPropertyFilter {

        /** The nesting depth of the answered records' objects in the output. */
        static final Object DEPTH = TopLevelFilter.class;

        private final Set<String> names;

        TopLevelFilter(Set<String> names) {
            this.names = names;
        }

        @Override
        public void serializeAsField(Object pojo, JsonGenerator generator, SerializerProvider provider,
                PropertyWriter writer) throws Exception {
            boolean answered = provider.getAttribute(DEPTH) instanceof Integer depth
                    && depth == generator.getOutputContext().getNestingDepth();
            if (!answered || names.contains(writer.getName())) {
                writer.serializeAsField(pojo, generator, provider);
            } else if (!generator.canOmitFields()) {
                writer.serializeAsOmittedField(pojo, generator, provider);
            }
        }
    }
}
