package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.schema.Event;

/**
 * The application's mapper, which reads the services' answers, reads dates and instants by {@link IsoTimes}: not only a
 * mapper built as the unit tests build it.
 */
@QuarkusTest
class ApplicationMapperTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void datesAndInstantsAreReadByIsoTimes() throws Exception {
        DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        assertInstanceOf(IsoTimes.Direct.class,
                context.findRootValueDeserializer(mapper.constructType(LocalDate.class)));
        assertInstanceOf(IsoTimes.Direct.class, context.findRootValueDeserializer(mapper.constructType(Instant.class)));
        Event event = mapper.readValue(
                "{\"id\":\"e1\",\"date\":\"2024-11-17\",\"createdAt\":\"2024-11-17T08:15:30.5Z\"}", Event.class);
        assertEquals(LocalDate.of(2024, 11, 17), event.date());
        assertEquals(Instant.parse("2024-11-17T08:15:30.5Z"), event.createdAt());
    }
}
