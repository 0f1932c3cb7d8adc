package org.warledger.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * Counts a JSON array's elements before any of them becomes an object or is validated, and refuses the array at the
 * first element beyond the property's {@code @Size(max)} (or {@link #DEFAULT_MAX} for a list without one). A list of a
 * million empty strings thus costs as much as one of {@code max + 1}: the elements are only buffered as tokens, and
 * handed to the usual collection deserializer once the count is known to be within bounds.
 */
final class SizeCappedDeserializer extends DelegatingDeserializer {

    static final int DEFAULT_MAX = 1_000;

    private final int max;

    SizeCappedDeserializer(JsonDeserializer<?> delegate, int max) {
        super(delegate);
        this.max = max;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new SizeCappedDeserializer(newDelegatee, max);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
        JsonDeserializer<?> delegate = contextual instanceof SizeCappedDeserializer capped ? capped._delegatee
                : contextual;
        Size size = property == null ? null : property.getAnnotation(Size.class);
        int limit = size != null && size.max() < Integer.MAX_VALUE ? size.max() : DEFAULT_MAX;
        return new SizeCappedDeserializer(delegate, limit);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return _delegatee.deserialize(p, ctxt);
        }
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        buffer.writeStartArray();
        int count = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token == null) {
                return ctxt.reportInputMismatch(this, "the array is not closed");
            }
            if (++count > max) {
                throw new RefusedInput(p, "must hold at most " + max + " items");
            }
            buffer.copyCurrentStructure(p);
        }
        buffer.writeEndArray();
        JsonParser replay = buffer.asParser(p);
        replay.nextToken();
        return _delegatee.deserialize(replay, ctxt);
    }
}
