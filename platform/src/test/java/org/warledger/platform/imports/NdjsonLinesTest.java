package org.warledger.platform.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.platform.failure.Refusal;

class NdjsonLinesTest {

    /** A body that never ends, counting what was read of it. */
    static final class Endless extends InputStream {
        private final byte fill;
        long read;

        Endless(char fill) {
            this.fill = (byte) fill;
        }

        @Override
        public int read() {
            read++;
            return fill;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, fill);
            read += len;
            return len;
        }
    }

    private static List<String> lines(String body, int maxLines, int maxLineBytes) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxLines,
                maxLineBytes);
        List<String> texts = new ArrayList<>();
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
            texts.add(new String(line, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void endlessBlankLinesAreRefusedAtTheFirstLineOverTheLimitHavingReadLittleOfThem() {
        Endless body = new Endless('\n');
        NdjsonLines lines = new NdjsonLines(body, 10_000, 1024);
        Refusal refused = assertThrows(Refusal.class, () -> {
            while (lines.next() != null) {
                // read on until refused
            }
        });
        assertEquals(Refusal.Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("at most 10000 lines"), refused.getMessage());
        assertTrue(refused.getMessage().contains("line 10001"), refused.getMessage());
        assertTrue(body.read <= 10_001 + 64 * 1024, "read " + body.read + " bytes");
    }

    @Test
    void anEndlessLineIsRefusedOnceItPassesTheLengthLimit() {
        Endless body = new Endless('x');
        NdjsonLines lines = new NdjsonLines(body, 10_000, 1024 * 1024);
        Refusal refused = assertThrows(Refusal.class, lines::next);
        assertEquals(Refusal.Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("line 1 is longer than 1048576 bytes"), refused.getMessage());
        assertTrue(body.read <= 1024 * 1024 + 2 * 64 * 1024, "read " + body.read + " bytes");
    }

    @Test
    void aFinalLineBreakStartsNoFurtherLineButEveryOtherLineCountsBlankOrNot() throws IOException {
        assertEquals(List.of("a", "", "b"), lines("a\n\nb\n", 3, 10));
        assertEquals(List.of("a", "b", ""), lines("a\nb\n\n", 3, 10));
        assertEquals(List.of(""), lines("\n", 3, 10));
        assertEquals(List.of(), lines("", 3, 10));
        Refusal refused = assertThrows(Refusal.class, () -> lines("a\nb\nc\n\n", 3, 10));
        assertEquals(Refusal.Reason.TOO_LARGE, refused.reason());
    }

    @Test
    void crlfEndsALineButALoneCrStaysInsideIt() throws IOException {
        assertEquals(List.of("{}", "{}"), lines("{}\r\n{}\r\n", 10, 10));
        assertEquals(List.of("{}\r{}"), lines("{}\r{}", 10, 10));
        assertEquals(List.of("{}\r{}", "x"), lines("{}\r{}\nx", 10, 10));
        assertEquals(List.of("{}"), lines("{}\r", 10, 10));
    }

    @Test
    void aLineOfExactlyTheLimitPassesWithOrWithoutItsCrAndOneByteMoreIsRefused() throws IOException {
        assertEquals(List.of("12345"), lines("12345\r\n", 10, 5));
        assertEquals(List.of("12345", "1"), lines("12345\n1", 10, 5));
        Refusal refused = assertThrows(Refusal.class, () -> lines("ok\n123456\n", 10, 5));
        assertEquals(Refusal.Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("line 2"), refused.getMessage());
    }

    @Test
    void linesAreBytesLongerThanOneReadOfTheStream() throws IOException {
        String big = "y".repeat(200_000);
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream((big + "\nz").getBytes(StandardCharsets.UTF_8)),
                10, 300_000);
        assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), lines.next());
        assertEquals(1, lines.number());
        assertArrayEquals(new byte[] { 'z' }, lines.next());
        assertNull(lines.next());
    }
}
