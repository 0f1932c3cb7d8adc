package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {

    @TempDir
    Path data;

    @Test
    void theKeysFolderIsTheOwnersAloneAndThePrivateKeyIsCreatedReadableByItsOwnerOnly() throws Exception {
        Keys keys = new Keys(data.resolve("keys"));
        keys.ensure();

        assertEquals("rwx------", Permissions.of(data.resolve("keys")));
        assertEquals("rw-------", Permissions.of(keys.privateKey()));
        assertTrue(Files.readString(keys.privateKey()).startsWith("-----BEGIN PRIVATE KEY-----"));
        try (var left = Files.list(data.resolve("keys"))) {
            assertEquals(List.of("private.pem", "public.pem"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left behind");
        }
    }

    @Test
    void keysAnEarlierVersionLeftReadableByOthersAreNarrowedOnStartAndKeepWorking() throws Exception {
        Keys first = new Keys(data.resolve("keys"));
        first.ensure();
        String privateKey = Files.readString(first.privateKey());
        Permissions.set(data.resolve("keys"), "rwxr-xr-x");
        Permissions.set(first.privateKey(), "rw-r--r--");

        Keys again = new Keys(data.resolve("keys"));
        again.ensure();

        assertEquals("rwx------", Permissions.of(data.resolve("keys")));
        assertEquals("rw-------", Permissions.of(again.privateKey()));
        assertEquals(privateKey, Files.readString(again.privateKey()), "the key pair is kept, not replaced");
        Tokens.verify(again.editorToken(Duration.ofHours(12)), again.publicKey(), "warledger");
    }

    @Test
    void theEditorTokenIsForTheAudienceWarledgerWithItsIssueTimeAndTwelveHoursToLive() throws Exception {
        Keys keys = new Keys(data.resolve("keys"));
        keys.ensure();

        JwtClaims claims = Tokens.verify(keys.editorToken(Duration.ofHours(12)), keys.publicKey(), "warledger");

        assertEquals(List.of("warledger"), claims.getAudience());
        assertEquals("warledger", claims.getIssuer());
        assertEquals("local-editor", claims.getSubject());
        assertEquals(List.of("editor"), claims.getStringListClaimValue("groups"));
        assertEquals(Duration.ofHours(12).toSeconds(),
                claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void theEditorTokenIsRefusedWhereAnotherAudienceIsRequired() {
        Keys keys = new Keys(data.resolve("keys"));
        keys.ensure();

        InvalidJwtException refused = assertThrows(InvalidJwtException.class,
                () -> Tokens.verify(keys.editorToken(Duration.ofHours(12)), keys.publicKey(), "another-suite"));
        assertTrue(refused.getMessage().contains("Audience"), refused.getMessage());
    }
}
