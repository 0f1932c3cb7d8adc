package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SuiteTest {

    @Test
    void aTakenPortIsRefusedWithOneLineNamingItAndItsUser() throws IOException {
        Home home = new Home(Path.of("..").toAbsolutePath().normalize());
        try (ServerSocket taken = new ServerSocket(App.CASUALTIES.port())) {
            LauncherException refused = assertThrows(LauncherException.class, () -> Suite.preflight(home));
            assertTrue(refused.getMessage().contains("port 8082 is taken, and casualty-service needs it"),
                    refused.getMessage());
        }
    }
}
