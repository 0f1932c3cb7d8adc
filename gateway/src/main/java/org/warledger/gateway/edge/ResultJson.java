package org.warledger.gateway.edge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
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
 * ({@code 1.0E+10}), floats through their decimal text. Only the values graphql-java's scalars produce are written;
 * anything else makes {@link #write} answer null, and the caller keeps SmallRye's writing.
 */
final class ResultJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    /** {@code {"data":…,"extensions":{"cost":…}}} as bytes, or null when the data holds a value not written here. */
    static byte[] write(Object data, Map<String, Object> cost) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(8192); JsonGenerator json = FACTORY.createGenerator(bytes)) {
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
            return bytes.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            string(json, text);
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
            json.writeNumber(number);
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

    /**
     * A string as Parsson writes it. Jackson escapes as Parsson does but for the control characters without a short
     * escape, which it writes in upper-case hex: the rare string holding one is escaped here.
     */
    private static void string(JsonGenerator json, String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                json.writeRawValue(parsson(text));
                return;
            }
        }
        json.writeString(text);
    }

    private static String parsson(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            }
        }
        return out.append('"').toString();
    }
}
