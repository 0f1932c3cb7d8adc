package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarledgerTest {

    @TempDir
    Path data;

    @Test
    void theReadyMessagePrintsAnEditorTokenTheAppsAcceptForTheAudienceWarledger() throws Exception {
        Keys keys = new Keys(data.resolve("keys"));
        keys.ensure();
        State state = new State(1, keys.editorToken(Duration.ofHours(12)), "now");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Warledger.printReady(state, new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
        int label = lines.indexOf("editor token (12 h, audience warledger, local keys only):");
        assertTrue(label >= 0, lines.toString());
        JwtClaims claims = Tokens.verify(lines.get(label + 1), keys.publicKey(), "warledger");
        assertEquals(List.of("warledger"), claims.getAudience());
        assertEquals(List.of("editor"), claims.getStringListClaimValue("groups"));
    }

    @Test
    void theReadyMessageNamesTheApiDocumentationOfEveryServiceTheIntakeServiceIncluded() throws Exception {
        Keys keys = new Keys(data.resolve("keys"));
        keys.ensure();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Warledger.printReady(new State(1, keys.editorToken(Duration.ofHours(1)), "now"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
        for (String service : List.of("event-service http://localhost:8081", "casualty-service http://localhost:8082",
                "aid-service http://localhost:8083", "intake-service http://localhost:8084")) {
            assertTrue(lines.stream().anyMatch(line -> line.replaceAll(" +", " ").equals(service + "/q/swagger-ui")),
                    service + " in " + lines);
        }
    }
}
