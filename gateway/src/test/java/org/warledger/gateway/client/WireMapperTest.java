package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Event;

/**
 * The pages of events, claims and aid records are read straight into the schema types; everything else goes through
 * {@link WireMapper}. Both must read a service's answer alike: the schema record has the wire record's names, and the
 * same JSON gives the same values either way.
 */
class WireMapperTest {

    /** As the application's mapper reads the services' answers: Java time, the ISO fast paths, unknowns ignored. */
    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new IsoTimes().customize(mapper);
        return mapper;
    }

    static Stream<Arguments> readStraight() {
        return Stream.of(Arguments.of(Wire.Event.class, Event.class),
                Arguments.of(Wire.CasualtyClaim.class, CasualtyClaim.class),
                Arguments.of(Wire.AidPledge.class, AidPledge.class));
    }

    @ParameterizedTest
    @MethodSource
    void readStraight(Class<?> wire, Class<?> schema) {
        sameNames(wire, schema, schema.getSimpleName());
    }

    /**
     * Component by component, nested records and lists included: the same name, and the same type but for an enum of
     * the schema where the wire has its name.
     */
    private static void sameNames(Class<?> wire, Class<?> schema, String path) {
        assertTrue(wire.isRecord() && schema.isRecord(), path);
        RecordComponent[] wires = wire.getRecordComponents();
        RecordComponent[] schemas = schema.getRecordComponents();
        assertEquals(wires.length, schemas.length, path + ": the number of properties");
        for (int i = 0; i < wires.length; i++) {
            String at = path + "." + schemas[i].getName();
            assertEquals(wires[i].getName(), schemas[i].getName(), at);
            sameType(wires[i].getGenericType(), schemas[i].getGenericType(), at);
        }
    }

    private static void sameType(Type wire, Type schema, String path) {
        if (wire instanceof ParameterizedType w && schema instanceof ParameterizedType s) {
            assertEquals(w.getRawType(), s.getRawType(), path);
            for (int i = 0; i < w.getActualTypeArguments().length; i++) {
                sameType(w.getActualTypeArguments()[i], s.getActualTypeArguments()[i], path + "[]");
            }
        } else if (wire instanceof Class<?> w && schema instanceof Class<?> s) {
            if (s.isEnum()) {
                assertEquals(String.class, w, path + ": an enum of the schema is its name on the wire");
            } else if (s.isRecord()) {
                sameNames(w, s, path);
            } else {
                assertEquals(w, s, path);
            }
        } else {
            assertEquals(wire, schema, path);
        }
    }

    private static final LocalDate DAY = LocalDate.of(2024, 11, 17);
    private static final Instant AT = Instant.parse("2024-11-17T08:15:30.123456Z");
    private static final Wire.Source SOURCE = new Wire.Source("https://example.org/a", "Example", "A title", DAY,
            DAY.plusDays(1), "“a quote” 🙂");
    private static final Wire.Figure FIGURE = new Wire.Figure("APPROXIMATELY", 600_000L, 540_000L, 600_000L, 660_000L,
            null);

    @Test
    void aWholeEventReadsStraightAsTheMapperMapsIt() throws Exception {
        Wire.Event wire = new Wire.Event("e1", 3, "Strike on Kharkiv", "STRIKE", DAY, "DAY", DAY.plusDays(2), "summary",
                List.of("Russian Armed Forces"),
                new Wire.Location("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23, "SETTLEMENT"), List.of(SOURCE),
                List.of("energy"), List.of(new Wire.Quantity("drones", "drone", FIGURE, "Ukrainian Air Force")),
                "RETRACTED", "duplicate", AT, AT.plusSeconds(60), "editor-1", "editor-2");
        assertReadAlike(wire, Wire.Event.class, Event.class, WireMapper::event);
    }

    @Test
    void aWholeClaimReadsStraightAsTheMapperMapsIt() throws Exception {
        Wire.CasualtyClaim wire = new Wire.CasualtyClaim("c1", 2, "UK Ministry of Defence", "k1", "UK MoD", "GB", "RU",
                "Russian Armed Forces", "EQUIPMENT", "TANK", FIGURE, new Wire.Scope("CUMULATIVE", DAY, DAY.plusDays(7)),
                DAY, DAY.plusDays(1), "e1", List.of(SOURCE), "ACTIVE", 4, AT, AT.plusSeconds(1), "a", "b");
        assertReadAlike(wire, Wire.CasualtyClaim.class, CasualtyClaim.class, WireMapper::claim);
    }

    @Test
    void aWholePledgeReadsStraightAsTheMapperMapsIt() throws Exception {
        Wire.AidPledge wire = new Wire.AidPledge("p1", 5, "Package 43", "US", "UA", "PLEDGE", "MILITARY", "DELIVERED",
                DAY, new Wire.Money(new BigDecimal("2505000000.50"), "USD", "AT_LEAST"),
                new Wire.Normalized(new BigDecimal("2319444444.91"), new BigDecimal("2505000000.50"), DAY, "ECB", null),
                List.of(new Wire.Item("HIMARS", "ARTILLERY", 4L, 2L)), "2024–2025", "p0", "e1", List.of(SOURCE),
                List.of(new Wire.StatusChange("DELIVERED", DAY, SOURCE, AT, "editor")), AT, AT, "a", "b");
        assertReadAlike(wire, Wire.AidPledge.class, AidPledge.class, WireMapper::pledge);
    }

    /** The JSON of a whole wire record, read into the schema type, is what the mapper makes of it read as before. */
    private static <W> void assertReadAlike(W wire, Class<W> wireType, Class<?> schema, Function<W, ?> map)
            throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(wire);
        String before = map.apply(MAPPER.readValue(json, wireType)).toString();
        assertEquals(map.apply(wire).toString(), before, "the wire record reads back whole");
        assertEquals(before, MAPPER.readValue(json, schema).toString());
    }

    @Test
    void aSparseAnswerLeavesWhatItOmitsNullOrZero() throws Exception {
        String json = "{\"id\":\"c1\",\"claimant\":\"White House\",\"figure\":{\"qualifier\":\"EXACT\",\"value\":5},"
                + "\"eventId\":\"e1\",\"normalized\":{\"rates\":[]}}";
        CasualtyClaim claim = MAPPER.readValue(json, CasualtyClaim.class);
        assertEquals("c1", claim.id());
        assertEquals("White House", claim.claimant());
        assertEquals(5L, claim.figure().value());
        assertEquals("e1", claim.eventId());
        assertEquals(0, claim.version());
        assertEquals(0, claim.revision());
        assertNull(claim.category());
        assertNull(claim.sources());
        assertEquals(WireMapper.claim(MAPPER.readValue(json, Wire.CasualtyClaim.class)).toString(), claim.toString());
    }

    @Test
    void anEnumValueTheSchemaDoesNotKnowMakesTheAnswerUnreadable() {
        assertThrows(InvalidFormatException.class,
                () -> MAPPER.readValue("{\"id\":\"e1\",\"type\":\"PARADE\"}", Event.class));
        assertThrows(InvalidFormatException.class, () -> MAPPER
                .readValue("{\"id\":\"c1\",\"figure\":{\"qualifier\":\"ROUGHLY\",\"value\":5}}", CasualtyClaim.class));
    }
}
