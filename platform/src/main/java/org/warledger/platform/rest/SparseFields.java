package org.warledger.platform.rest;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.warledger.platform.failure.Refusals;

/**
 * Sparse fieldsets: {@code fields=a,b} (or {@code fields=a&fields=b}) answers each record with only those top-level
 * properties, and {@code id}. Absent or empty, the whole record as ever. An unknown name, more names than the record
 * has properties or a name over {@value #MAX_NAME_LENGTH} characters is a 400 naming the parameter.
 * <p>
 * The skipped properties are never written: each record type gets its own copy of the application's mapper (every
 * customisation included) in which the type carries a {@link JsonFilter}, and a selection writes its records through
 * that copy with a filter that lets only the chosen properties out of the records answered (what they hold is written
 * whole). The application's mapper itself is not changed.
 */
@Singleton
public class SparseFields {

    /** The query parameter. */
    public static final String PARAMETER = "fields";
    /** The longest property name accepted. */
    public static final int MAX_NAME_LENGTH = 64;
    /** Always written, whatever is chosen. */
    static final String ID = "id";
    static final String FILTER = "warledger-fields";

    private final ObjectMapper mapper;
    private final ConcurrentMap<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    public SparseFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The properties of {@code type} that {@code values} (the parameter's values, each comma-separated) choose; all of
     * them when there are none.
     */
    public <T> FieldSelection<T> select(Class<T> type, List<String> values) {
        Shape shape = shape(type);
        int max = shape.names().size();
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> unknown = new TreeSet<>();
        int given = 0;
        for (String value : values == null ? List.<String> of() : values) {
            if (value == null) {
                continue;
            }
            for (String piece : value.split(",", -1)) {
                String name = piece.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (name.length() > MAX_NAME_LENGTH) {
                    throw Refusals.badQueryParameter(PARAMETER,
                            "each name must be at most " + MAX_NAME_LENGTH + " characters");
                }
                if (++given > max) {
                    throw Refusals.badQueryParameter(PARAMETER, "at most " + max + " names, as many as a record has "
                            + "properties; allowed: " + String.join(", ", shape.names()));
                }
                if (shape.names().contains(name)) {
                    chosen.add(name);
                } else {
                    unknown.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw Refusals.badQueryParameter(PARAMETER, (unknown.size() == 1 ? "unknown field " : "unknown fields ")
                    + String.join(", ", unknown) + "; allowed: " + String.join(", ", shape.names()));
        }
        if (chosen.isEmpty()) {
            return new FieldSelection<>(null, null, null);
        }
        if (shape.names().contains(ID)) {
            chosen.add(ID);
        }
        return new FieldSelection<>(Set.copyOf(chosen), shape.record(), shape.list());
    }

    /** The top-level property names records of {@code type} are written with, in the order they are written. */
    public List<String> names(Class<?> type) {
        return List.copyOf(shape(type).names());
    }

    private Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, this::shapeOf);
    }

    private Shape shapeOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        try {
            JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
            for (Iterator<?> properties = serializer.properties(); properties.hasNext();) {
                names.add(((PropertyWriter) properties.next()).getName());
            }
        } catch (JsonMappingException e) {
            throw new IllegalStateException("records of " + type.getName() + " cannot be written as JSON", e);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException(type.getName() + " is not written as an object with properties");
        }
        ObjectMapper filtered = mapper.copy().addMixIn(type, Filtered.class);
        ObjectWriter record = filtered.writerFor(type).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        ObjectWriter list = filtered.writerFor(filtered.getTypeFactory().constructCollectionType(List.class, type))
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        return new Shape(new LinkedHashSet<>(names), record, list);
    }

    /** What one record type is written with: its property names, and writers that apply a field filter to it. */
    private record Shape(Set<String> names, ObjectWriter record, ObjectWriter list) {
    }

    /** Mixed into the one record type of a filtered mapper copy, so that only that type's properties are chosen. */
    @JsonFilter(FILTER)
    private interface Filtered {
    }
}
