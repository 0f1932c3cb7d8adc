package org.warledger.gateway.edge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a GraphQL result straight from graphql-java's result tree (maps, lists and scalar values) to UTF-8 bytes, with
 * the request's cost in {@code extensions.cost}: no JSON-P tree in between. SmallRye turns the result into a JSON-P
 * object, which the gateway then copied to add the cost, and the copy was written out: three trees for every answer,
 * the largest part of the gateway's allocation per composed query.
 * <p>
 * The bytes are those SmallRye's JSON-P writer (Parsson) gives: control characters escaped with lower-case hex,
 * {@code \b \t \n \f \r} short, nothing else escaped; doubles as {@code BigDecimal.valueOf(d)} writes them
 * ({@code 1.0E+10}), floats through their decimal text. One difference, on purpose: an unpaired surrogate (which no
 * service's UTF-8 text can hold) is written as its escape, where Parsson wrote {@code ?} and lost it. Only the values
 * graphql-java's scalars produce are written; anything else makes {@link #write} answer null, and the caller keeps
 * SmallRye's writing.
 * <p>
 * The answer is written into a buffer of the allocator given (the server's pooled direct buffers), which the socket is
 * written from as it is: no array grown and copied, nor a copy into a buffer for the socket.
 */
final class ResultJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    /** Room for the usual answer at once: the composed query's is about 20 KB. */
    private static final int INITIAL_CAPACITY = 32 * 1024;

    private ResultJson() {
    }

    /**
     * {@code {"data":…,"extensions":{"cost":…}}} in a buffer of {@code allocator}, which the caller releases; or null
     * (and nothing to release) when the data holds a value not written here.
     */
    static ByteBuf write(Object data, Map<String, Object> cost, ByteBufAllocator allocator) {
        ByteBuf buffer = allocator.buffer(INITIAL_CAPACITY);
        boolean written = false;
        OutputStream out = new ByteBufOutputStream(buffer);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("data");
            if (!value(json, data)) {
                return null;
            }
            json.writeFieldName("extensions");
            json.writeStartObject();
            json.writeFieldName("cost");
            value(json, cost);
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            written = true;
            return buffer;
        } catch (IOException e) {
            return null;
        } finally {
            if (!written) {
                buffer.release();
            }
        }
    }

    private static boolean value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return false;
                }
                json.writeFieldName(key);
                if (!value(json, entry.getValue())) {
                    return false;
                }
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                if (!value(json, element)) {
                    return false;
                }
            }
            json.writeEndArray();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            if (number.bitLength() < 64) {
                json.writeNumber(number.longValue());
            } else {
                json.writeNumber(number);
            }
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toString());
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return false;
            }
            json.writeNumber(BigDecimal.valueOf(number).toString());
        } else if (value instanceof Float number) {
            if (number.isNaN() || number.isInfinite()) {
                return false;
            }
            json.writeNumber(new BigDecimal(String.valueOf(number)).toString());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else {
            return false;
        }
        return true;
    }
}
