package org.warledger.gateway.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Reads the services' dates ({@code 2024-11-17}) and instants ({@code 2024-11-17T08:15:30.123456Z}) without going
 * through {@code DateTimeFormatter}: the services always write these two shapes, and formatter-based parsing was a
 * twentieth of the gateway's CPU per composed query. Anything else (another offset, a number, a malformed value) goes
 * to Jackson's own deserializers, which read or refuse it as before.
 */
@Singleton
public class IsoTimes implements ObjectMapperCustomizer {

    /**
     * Applied last: Quarkus registers the Jackson modules on the class path (Java time among them) in a customizer of
     * its own, and the module registered last is asked first for a type's deserializer.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("warledger-iso-times")
                .addDeserializer(LocalDate.class, new Direct<>(IsoTimes::date, LocalDateDeserializer.INSTANCE))
                .addDeserializer(Instant.class, new Direct<>(IsoTimes::instant, InstantDeserializer.INSTANT)));
    }

    /** {@code yyyy-MM-dd}, or null when the text has another shape. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} (UTC, up to nine fraction digits), or null when the text has another shape. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate date = date(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            for (int i = fraction; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (date == null || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute, second, nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The direct reading when the text has its shape, Jackson's deserializer otherwise. */
    static final class Direct<T> extends JsonDeserializer<T> {
        private final Function<String, T> read;
        private final JsonDeserializer<T> jackson;

        Direct(Function<String, T> read, JsonDeserializer<T> jackson) {
            this.read = read;
            this.jackson = jackson;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                T value = read.apply(parser.getText());
                if (value != null) {
                    return value;
                }
            }
            return jackson.deserialize(parser, context);
        }
    }
}
