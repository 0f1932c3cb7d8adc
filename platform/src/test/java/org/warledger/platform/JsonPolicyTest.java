package org.warledger.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.warledger.platform.json.JsonPolicy;
import org.warledger.platform.json.RefusedInput;

class JsonPolicyTest {

    record Holder(@Size(max = 3) List<String> names, List<Inner> inners) {
    }

    record Inner(@Size(max = 2) List<String> tags, String text) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(JsonPolicy.module())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void aListWithinItsSizeIsReadAsUsual() throws Exception {
        Holder holder = mapper.readValue(
                "{\"names\":[\"a\",\"b\",\"c\"],\"inners\":[{\"tags\":[\"x\"],\"text\":\"t\"}]}", Holder.class);
        assertEquals(List.of("a", "b", "c"), holder.names());
        assertEquals(List.of("x"), holder.inners().get(0).tags());
    }

    @Test
    void aListBeyondItsSizeIsRefusedWithItsPath() {
        RefusedInput refused = assertThrows(RefusedInput.class,
                () -> mapper.readValue("{\"inners\":[{\"tags\":[\"1\",\"2\",\"3\"]}]}", Holder.class));
        assertEquals("must hold at most 2 items", refused.reason());
        assertEquals("inners", refused.getPath().get(0).getFieldName());
        assertEquals(0, refused.getPath().get(1).getIndex());
        assertEquals("tags", refused.getPath().get(2).getFieldName());
    }

    @Test
    void aMillionElementsAreRefusedAfterTheFirstBeyondTheLimit() {
        String names = IntStream.range(0, 1_000_000).mapToObj(i -> "\"\"").collect(Collectors.joining(","));
        long began = System.nanoTime();
        assertThrows(RefusedInput.class, () -> mapper.readValue("{\"names\":[" + names + "]}", Holder.class));
        long millis = (System.nanoTime() - began) / 1_000_000;
        assertTrue(millis < 100, "took " + millis + " ms");
    }

    @Test
    void aListWithoutSizeIsCappedAtTheDefault() {
        String inners = IntStream.range(0, 1_001).mapToObj(i -> "{}").collect(Collectors.joining(","));
        assertThrows(RefusedInput.class, () -> mapper.readValue("{\"inners\":[" + inners + "]}", Holder.class));
    }

    @Test
    void stringsInListsAndFieldsFollowTheTextPolicy() throws Exception {
        assertThrows(RefusedInput.class, () -> mapper.readValue("{\"names\":[\"a\\u0000\"]}", Holder.class));
        assertThrows(RefusedInput.class, () -> mapper.readValue("{\"inners\":[{\"text\":\"\\ud800\"}]}", Holder.class));
        assertEquals("Kyïv", mapper.readValue("{\"names\":[\"Kyi\\u0308v\"]}", Holder.class).names().get(0));
    }

    @Test
    void trailingContentIsRefused() {
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"names\":[]} {}", Holder.class));
    }
}
