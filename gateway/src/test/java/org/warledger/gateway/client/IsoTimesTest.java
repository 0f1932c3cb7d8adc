package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimesTest {

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new IsoTimes().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-11-17T08:15:30Z", "2024-11-17T08:15:30.1Z", "2024-11-17T08:15:30.123456Z",
            "2024-11-17T08:15:30.123456789Z", "2000-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z" })
    void instantsReadAsTheJdkReadsThem(String text) throws Exception {
        assertEquals(Instant.parse(text), IsoTimes.instant(text));
        assertEquals(Instant.parse(text), mapper.readValue('"' + text + '"', Instant.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-11-17", "2000-02-29", "0001-01-01", "9999-12-31" })
    void datesReadAsTheJdkReadsThem(String text) throws Exception {
        assertEquals(LocalDate.parse(text), IsoTimes.date(text));
        assertEquals(LocalDate.parse(text), mapper.readValue('"' + text + '"', LocalDate.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-11-17T08:15:30+01:00", "2024-11-17T08:15:30.1234567890Z", "2024-11-17T08:15Z",
            "2024-11-17 08:15:30Z", "2023-02-29T08:15:30Z", "2024-11-17T24:15:30Z", "2024-11-17T08:15:30.Z",
            "2024-1a-17T08:15:30Z" })
    void otherShapesAreLeftToJackson(String text) {
        assertNull(IsoTimes.instant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-11-1", "2024/11/17", "2023-02-29", "2024-13-01", "+12024-11-17", "2024-11-17T" })
    void otherDateShapesAreLeftToJackson(String text) {
        assertNull(IsoTimes.date(text));
    }

    @org.junit.jupiter.api.Test
    void jacksonStillReadsOffsetsAndRefusesWhatIsNotATime() throws Exception {
        assertEquals(Instant.parse("2024-11-17T07:15:30Z"),
                mapper.readValue("\"2024-11-17T08:15:30+01:00\"", Instant.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"yesterday\"", Instant.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"2023-02-29\"", LocalDate.class));
    }
}
