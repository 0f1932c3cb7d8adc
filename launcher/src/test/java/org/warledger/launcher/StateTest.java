package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTest {

    @TempDir
    Path data;

    @Test
    void stateJsonWithTheEditorTokenIsWrittenReadableByItsOwnerOnly() throws Exception {
        State state = new State(4242, "header.claims.signature", "2026-12-01T21:00:00Z");
        state.write(data.resolve("state.json"));

        assertEquals("rw-------", Permissions.of(data.resolve("state.json")));
        assertEquals(Optional.of(state), State.read(data.resolve("state.json")));
        try (var left = Files.list(data)) {
            assertEquals(List.of("state.json"), left.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aStateFileAnEarlierVersionLeftReadableByOthersIsReplacedNotRewrittenInPlace() throws Exception {
        Path file = data.resolve("state.json");
        Files.writeString(file, "{\"pid\":1,\"token\":\"old\",\"startedAt\":\"then\"}");
        Permissions.set(file, "rw-r--r--");
        Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        new State(4242, "new-token", "now").write(file);

        assertEquals("rw-------", Permissions.of(file));
        assertNotEquals(before, Files.readAttributes(file, BasicFileAttributes.class).fileKey(),
                "a new file took its place: the token never sat in a file others could read");
        assertEquals("new-token", State.read(file).orElseThrow().token());
    }
}
