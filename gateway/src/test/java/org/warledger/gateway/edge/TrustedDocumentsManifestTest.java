package org.warledger.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest is read whole at start-up, or the gateway does not start: every entry must be its document's hash. */
class TrustedDocumentsManifestTest {

    @TempDir
    Path folder;

    private static TrustedDocumentsConfig config(List<String> manifests) {
        return new TrustedDocumentsConfig() {
            @Override
            public Optional<List<String>> manifest() {
                return Optional.of(manifests);
            }

            @Override
            public boolean only() {
                return false;
            }

            @Override
            public boolean automatic() {
                return true;
            }
        };
    }

    private String file(String name, String json) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, json);
        return path.toString();
    }

    @Test
    void idsWithOrWithoutTheirPrefixAndSeveralManifestsAreRead() throws IOException {
        String a = "{ __typename }";
        String b = "query B { __typename }";
        String first = file("a.json", "{\"sha256:" + TrustedDocuments.sha256(a) + "\": \"" + a + "\"}");
        String second = file("b.json", "{\"" + TrustedDocuments.sha256(b) + "\": \"" + b + "\"}");
        assertEquals(2, TrustedDocuments.from(config(List.of(first, " " + second))).size());
        assertEquals(2, TrustedDocuments.from(config(List.of("classpath:trusted-documents-test.json"))).size());
    }

    @Test
    void aManifestThatCannotBeTrustedStopsStartUp() throws IOException {
        String a = "{ __typename }";
        String wrong = TrustedDocuments.sha256("{ other }");
        List<String> refused = List.of(file("wrong.json", "{\"sha256:" + wrong + "\": \"" + a + "\"}"),
                file("array.json", "[\"" + a + "\"]"), file("number.json", "{\"" + wrong + "\": 1}"),
                file("blank.json", "{\"" + TrustedDocuments.sha256(" ") + "\": \" \"}"),
                file("broken.json", "{\"a\": "), folder.resolve("missing.json").toString(), "classpath:missing.json");
        for (String manifest : refused) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TrustedDocuments.from(config(List.of(manifest))), manifest);
            assertTrue(e.getMessage().contains("trusted documents manifest " + manifest), e.getMessage());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TrustedDocuments.from(config(List.of(refused.get(0)))));
        assertTrue(
                e.getMessage()
                        .contains("is not the SHA-256 of its document (sha256:" + TrustedDocuments.sha256(a) + ")"),
                e.getMessage());
    }
}
