package org.warledger.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResultImpl;
import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.smallrye.graphql.execution.ExecutionResponse;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer written from graphql-java's result is the one SmallRye's JSON-P writing gave, byte for byte. */
class ResultJsonTest {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** What the gateway wrote before: SmallRye's JSON-P object, copied with the cost added to its extensions. */
    private static byte[] smallrye(Object data, Map<String, Object> cost) {
        JsonObject result = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data).build())
                .getExecutionResultAsJsonObject();
        return JSON.createObjectBuilder(result)
                .add("extensions", JSON.createObjectBuilder().add("cost", JSON.createObjectBuilder(cost))).build()
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Equal bytes; else the failure shows where they part. */
    private static void assertSame(byte[] expected, byte[] actual) {
        String a = new String(expected, StandardCharsets.UTF_8);
        String b = new String(actual, StandardCharsets.UTF_8);
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 30);
        assertEquals(a.substring(from, Math.min(a.length(), at + 30)), b.substring(from, Math.min(b.length(), at + 30)),
                "the answers part at character " + at);
        assertEquals(a, b);
    }

    private static Map<String, Object> cost() {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("backendCalls", 4);
        cost.put("fields", 27);
        return cost;
    }

    @Test
    void everyValueGraphQlJavaProducesIsWrittenAsSmallRyeWroteIt() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            every.append(c);
        }
        every.append("\u2028\u2029\ud83d\ude00 « Зеленський » \\ \" / </script>");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("text", every.toString());
        record.put("plain", "\ud83d\ude00 Зеленський");
        record.put("empty", "");
        record.put("none", null);
        record.put("yes", true);
        record.put("no", false);
        record.put("int", -2147483648);
        record.put("long", 9_007_199_254_740_993L);
        record.put("big", new BigInteger("123456789012345678901234567890"));
        record.put("decimals", List.of(new BigDecimal("40000000000"), new BigDecimal("1.50"), new BigDecimal("1E+3"),
                new BigDecimal("0.000001"), new BigDecimal("-2.5E-7")));
        record.put("doubles", List.of(0.1, 1.0E10, 100.0, -0.0, 1.08, 4.9E-324, Double.MAX_VALUE, 555620.0));
        record.put("floats", List.of(0.1f, 3.4028235E38f, 1.0f));
        record.put("nested", List.of(List.of(), Map.of(), Arrays.asList(null, "x", 1)));
        List<Object> edges = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            edges.add(Map.of("node", Map.of("id", "00000000-0000-4000-8000-" + i, "date", "2024-11-19")));
        }
        record.put("edges", edges);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("events", record);
        data.put("typename", "Query");
        assertSame(smallrye(data, cost()), written(data));
        Map<String, Object> nullData = new LinkedHashMap<>();
        nullData.put("event", null);
        assertSame(smallrye(nullData, cost()), written(nullData));
    }

    @Test
    void aLoneSurrogateIsKeptAsItsEscapeWhereJsonPWroteAQuestionMark() {
        Map<String, Object> data = Map.of("lone", "a\ud83d b \ude00c");
        assertEquals("{\"data\":{\"lone\":\"a\\ud83d b \\ude00c\"},\"extensions\":{\"cost\":{\"backendCalls\":4,"
                + "\"fields\":27}}}", new String(written(data), StandardCharsets.UTF_8));
        assertEquals("a?", new String(smallrye(data, cost()), StandardCharsets.UTF_8).split("\"")[5].substring(0, 2));
    }

    @Test
    void integersAroundSixtyFourBitsAndAnswersLargerThanTheFirstBufferAreWrittenAlike() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("integers", List.of(BigInteger.ZERO, BigInteger.ONE.negate(), max, max.add(BigInteger.ONE), min,
                min.subtract(BigInteger.ONE), max.multiply(max)));
        data.put("long", "\u001f«é»".repeat(40_000));
        byte[] answer = written(data);
        assertTrue(answer.length > 4 * 32 * 1024, "larger than the buffer it starts with");
        assertSame(smallrye(data, cost()), answer);
    }

    @Test
    void aValueItDoesNotKnowIsLeftToSmallRyeAndItsBufferReleased() {
        for (Map<?, ?> data : List.of(Map.of("date", LocalDate.of(2024, 11, 19)), Map.of("nan", Double.NaN),
                Map.of("list", List.of(Map.of(1, "key not a string"))))) {
            Recording allocator = new Recording();
            assertNull(ResultJson.write(data, cost(), allocator));
            assertEquals(1, allocator.buffers.size());
            assertEquals(0, allocator.buffers.get(0).refCnt(), "the buffer of a write that gave up is released");
        }
    }

    /** The answer written, as bytes; the buffer handed to the caller is the caller's to release. */
    private static byte[] written(Object data) {
        Recording allocator = new Recording();
        ByteBuf buffer = ResultJson.write(data, cost(), allocator);
        assertEquals(1, buffer.refCnt());
        byte[] bytes = ByteBufUtil.getBytes(buffer);
        buffer.release();
        return bytes;
    }

    /** An allocator that keeps the buffers it gave out. */
    private static final class Recording extends AbstractByteBufAllocator {

        final List<ByteBuf> buffers = new ArrayList<>();

        @Override
        protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
            ByteBuf buffer = new UnpooledHeapByteBuf(this, initialCapacity, maxCapacity);
            buffers.add(buffer);
            return buffer;
        }

        @Override
        protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
            ByteBuf buffer = new UnpooledDirectByteBuf(this, initialCapacity, maxCapacity);
            buffers.add(buffer);
            return buffer;
        }

        @Override
        public boolean isDirectBufferPooled() {
            return false;
        }
    }
}
