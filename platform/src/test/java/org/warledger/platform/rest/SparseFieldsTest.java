package org.warledger.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.platform.failure.Refusal;
import org.warledger.platform.paging.Page;

class SparseFieldsTest {

    record Money(BigDecimal amount, String currency) {
    }

    /** A record that holds another of its own kind: only the answered record is trimmed, never what it holds. */
    record Pledge(String id, String donor, Money value, List<String> tags, Pledge parent) {
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final SparseFields fields = new SparseFields(mapper);
    private final Pledge parent = new Pledge("p", "EU", new Money(new BigDecimal("5E+10"), "EUR"), List.of("a"), null);
    private final Pledge pledge = new Pledge("c", "DE", new Money(new BigDecimal("4E+10"), "EUR"), List.of("b"),
            parent);

    private String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }

    @Test
    void theNamesAreThePropertiesAsWritten() {
        assertEquals(List.of("id", "donor", "value", "tags", "parent"), fields.names(Pledge.class));
    }

    @Test
    void aPageKeepsItsEnvelopeAndEachItemOnlyTheChosenPropertiesAndItsId() throws Exception {
        FieldSelection<Pledge> chosen = fields.select(Pledge.class, List.of("value", "parent"));
        assertEquals("{\"items\":[{\"id\":\"c\",\"value\":{\"amount\":40000000000,\"currency\":\"EUR\"},"
                + "\"parent\":{\"id\":\"p\",\"donor\":\"EU\",\"value\":{\"amount\":50000000000,\"currency\":\"EUR\"},"
                + "\"tags\":[\"a\"],\"parent\":null}}],\"nextCursor\":\"n\"}",
                write(chosen.page(new Page<>(List.of(pledge), "n"))));
        assertEquals("{\"id\":\"c\",\"tags\":[\"b\"]}",
                write(fields.select(Pledge.class, List.of(" tags ", "")).entity(pledge)));
        assertEquals(1, chosen.page(new Page<>(List.of(pledge), null)).items().size());
    }

    @Test
    void repeatedAndCommaSeparatedNamesAreUnioned() throws Exception {
        FieldSelection<Pledge> chosen = fields.select(Pledge.class, List.of("donor,tags", "donor", "id"));
        assertTrue(chosen.includes("tags"));
        assertFalse(chosen.includes("value"));
        assertTrue(chosen.includesAny("value", "donor"));
        assertEquals("{\"id\":\"c\",\"donor\":\"DE\",\"tags\":[\"b\"]}", write(chosen.entity(pledge)));
    }

    @Test
    void noNamesIsTheWholeRecordWrittenAsEver() throws Exception {
        Page<Pledge> page = new Page<>(List.of(pledge), null);
        for (List<String> none : Arrays.asList(null, List.<String> of(), List.of(""), List.of(" , ,"))) {
            FieldSelection<Pledge> all = fields.select(Pledge.class, none);
            assertTrue(all.all());
            assertSame(page, all.page(page));
            assertSame(pledge, all.entity(pledge));
        }
        assertEquals(write(page), write(fields.select(Pledge.class, List.of("id,donor,value,tags,parent")).page(page)));
    }

    @Test
    void unknownTooManyOrTooLongNamesAreRefusedNamingTheParameter() {
        Refusal unknown = assertThrows(Refusal.class,
                () -> fields.select(Pledge.class, List.of("donor,colour", "value.amount")));
        assertEquals(Refusal.Reason.INVALID, unknown.reason());
        assertEquals("fields", unknown.violations().get(0).field());
        assertEquals("query", unknown.violations().get(0).in());
        assertEquals("unknown fields colour, value.amount; allowed: id, donor, value, tags, parent",
                unknown.violations().get(0).message());
        Refusal many = assertThrows(Refusal.class,
                () -> fields.select(Pledge.class, List.of("id,donor,value,tags,parent", "id")));
        assertTrue(many.violations().get(0).message().startsWith("at most 5 names"));
        Refusal tooLong = assertThrows(Refusal.class, () -> fields.select(Pledge.class, List.of("d".repeat(65))));
        assertEquals("each name must be at most 64 characters", tooLong.violations().get(0).message());
    }
}
