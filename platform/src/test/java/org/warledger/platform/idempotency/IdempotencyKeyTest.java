package org.warledger.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.platform.failure.Refusal;
import org.warledger.platform.failure.Violation;

class IdempotencyKeyTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKeyOfUpTo200PrintableAsciiCharactersIsTakenAsSent() {
        String longest = " !~" + "k".repeat(197);
        assertEquals(longest, IdempotencyKey.parse(List.of(longest)));
        assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324",
                IdempotencyKey.parse(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324")));
    }

    @Test
    void anEmptyLongControlOrNonAsciiKeyIsRefusedNamingTheHeader() {
        for (String bad : new String[] { "", "k".repeat(201), "tab\there", "line\nbreak", "del\u007f", "clé" }) {
            Refusal refused = assertThrows(Refusal.class, () -> IdempotencyKey.parse(List.of(bad)), bad);
            assertEquals(Refusal.Reason.INVALID, refused.reason());
            Violation violation = refused.violations().get(0);
            assertEquals("Idempotency-Key", violation.field());
            assertEquals("header", violation.in());
            assertEquals(true, violation.message().startsWith("must be 1 to 200 printable ASCII characters"));
        }
    }

    @Test
    void aKeySentTwiceIsRefused() {
        Refusal refused = assertThrows(Refusal.class, () -> IdempotencyKey.parse(List.of("a", "a")));
        assertEquals("Idempotency-Key: must be sent once; this request sends it 2 times", refused.getMessage());
    }

    @Test
    void theScopeTellsCallersMethodsPathsAndKeysApartEvenWhenTheirTextRunsTogether() {
        byte[] scope = IdempotencyKey.scope("alice", "POST", "/api/events", "k1");
        assertArrayEquals(scope, IdempotencyKey.scope("alice", "POST", "/api/events", "k1"));
        for (byte[] other : List.of(IdempotencyKey.scope("carol", "POST", "/api/events", "k1"),
                IdempotencyKey.scope("alice", "PUT", "/api/events", "k1"),
                IdempotencyKey.scope("alice", "POST", "/api/events/x", "k1"),
                IdempotencyKey.scope("alice", "POST", "/api/events", "k2"),
                IdempotencyKey.scope("alic", "ePOST", "/api/events", "k1"))) {
            assertFalse(Arrays.equals(scope, other));
        }
    }

    @Test
    void theFingerprintChangesWithTheBodyAndTheQuery() {
        byte[] print = IdempotencyKey.fingerprint(null, bytes("{\"a\":1}"));
        assertArrayEquals(print, IdempotencyKey.fingerprint("", bytes("{\"a\":1}")));
        assertFalse(Arrays.equals(print, IdempotencyKey.fingerprint(null, bytes("{\"a\":2}"))));
        assertFalse(Arrays.equals(print, IdempotencyKey.fingerprint("dryRun=true", bytes("{\"a\":1}"))));
    }
}
