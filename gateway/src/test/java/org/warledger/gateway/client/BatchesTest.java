package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.config.BatchConfig;

class BatchesTest {

    private static Batches batches(int maxKeys, int maxLength) {
        return new Batches(new BatchConfig() {
            @Override
            public int maxKeys() {
                return maxKeys;
            }

            @Override
            public int maxKeysLength() {
                return maxLength;
            }
        });
    }

    private static List<String> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("00000000-0000-4000-8000-%012d", i))
                .toList();
    }

    @Test
    void theDefaultLimitsSplitAHundredAndFiftyIdsIntoTwoCallsThatFitTheDefaultRequestLine() {
        List<String> chunks = batches(500, 3072).chunks(ids(150));
        assertEquals(2, chunks.size());
        assertEquals(78, chunks.get(0).split(",").length);
        assertEquals(72, chunks.get(1).split(",").length);
        for (String chunk : chunks) {
            assertTrue(chunk.replace(",", "%2C").length() <= 3072, chunk.length() + " characters");
        }
    }

    @Test
    void fiveHundredIdsGoInOneCallWhenTheServicesAcceptLongRequestLines() {
        assertEquals(1, batches(500, 60_000).chunks(ids(500)).size());
        assertEquals(2, batches(500, 60_000).chunks(ids(501)).size());
        assertEquals(500, batches(9999, 60_000).chunks(ids(501)).get(0).split(",").length,
                "never more keys than a service's page");
    }

    @Test
    void keysAreLookedUpOnceInTheirFirstOrderAndNothingIsLost() {
        List<String> keys = new ArrayList<>(ids(300));
        keys.addAll(ids(300));
        List<String> chunks = batches(500, 1000).chunks(keys);
        List<String> sent = chunks.stream().flatMap(c -> Arrays.stream(c.split(","))).toList();
        assertEquals(ids(300), sent);
        assertTrue(chunks.stream().allMatch(c -> c.replace(",", "%2C").length() <= 1000));
    }

    @Test
    void noKeysMakeNoCallAndAKeyLongerThanTheLimitStillGoesAlone() {
        assertEquals(List.of(), batches(500, 3072).chunks(List.of()));
        assertEquals(List.of("a".repeat(50), "b"), batches(500, 10).chunks(List.of("a".repeat(50), "b")));
    }

    @Test
    void keysThatNeedEncodingAreMeasuredAsTheyAreSent() {
        // "a b" goes as a%20b (5 characters), "é" as %C3%A9 (6): two of each and a separator fit in 17, not three.
        List<String> keys = List.of("a b", "é", "c d", "ü");
        List<String> chunks = batches(500, 17).chunks(keys);
        assertEquals(List.of("a b,é", "c d,ü"), chunks);
        for (String chunk : chunks) {
            assertTrue(ServiceReads.Query.encode(chunk).length() <= 17, ServiceReads.Query.encode(chunk));
        }
        assertEquals("a%20b%2C%C3%A9", ServiceReads.Query.encode("a b,é"));
        assertEquals("00000000-0000-4000-8000-000000000001", ServiceReads.Query.encode(ids(1).get(0)));
    }

    @Test
    void valuesAreEncodedAsUrlEncoderEncodesThemWithSpacesAsPercentTwenty() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            ascii.append(c);
            String one = String.valueOf(c);
            assertEquals(URLEncoder.encode(one, StandardCharsets.UTF_8).replace("+", "%20"),
                    ServiceReads.Query.encode(one), "character " + (int) c);
        }
        for (String value : List.of(ascii.toString(), "id-1,id-2", "a,b é,c", "Київ,Kharkiv", "🙂,x", "*._-", "",
                "a+b&c=d#e")) {
            assertEquals(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"),
                    ServiceReads.Query.encode(value), value);
        }
        String id = ids(1).get(0);
        assertSame(id, ServiceReads.Query.encode(id), "a value with nothing to escape is sent as it is");
    }
}
