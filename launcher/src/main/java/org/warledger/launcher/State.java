package org.warledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a running suite leaves in .data/state.json: the supervising process and the local editor token. The file is its
 * owner's alone (0600), written whole in one step.
 */
record State(long pid, String token, String startedAt) {

    static Optional<State> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = Api.JSON.readTree(file.toFile());
            return Optional.of(
                    new State(node.get("pid").asLong(), node.get("token").asText(), node.get("startedAt").asText()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The state of a suite whose supervising process is still alive. */
    static Optional<State> running(Path file) {
        return read(file).filter(state -> ProcessHandle.of(state.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    void write(Path file) {
        try {
            OwnerOnly.write(file,
                    Api.JSON.writeValueAsString(Map.of("pid", pid, "token", token, "startedAt", startedAt)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
