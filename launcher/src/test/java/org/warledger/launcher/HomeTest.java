package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeTest {

    @TempDir
    Path checkout;

    @Test
    void theDataAndLogFoldersAreCreatedForTheirOwnerAlone() throws Exception {
        Home home = new Home(checkout, checkout.resolve(".data"));
        home.prepare();

        assertEquals("rwx------", Permissions.of(home.data()));
        assertEquals("rwx------", Permissions.of(home.logs()));
    }

    @Test
    void dataAndLogFoldersAnEarlierVersionLeftOpenAreNarrowedOnStart() throws Exception {
        Home home = new Home(checkout, checkout.resolve(".data"));
        Files.createDirectories(home.logs());
        Permissions.set(home.data(), "rwxr-xr-x");
        Permissions.set(home.logs(), "rwxrwxrwx");

        home.prepare();

        assertEquals("rwx------", Permissions.of(home.data()));
        assertEquals("rwx------", Permissions.of(home.logs()));
    }

    @Test
    void logFilesAreTheOwnersAloneAndKeepWhatTheyHeld() throws Exception {
        Home home = new Home(checkout, checkout.resolve(".data"));
        home.prepare();
        Path fresh = home.log("event-service");
        assertEquals("rw-------", Permissions.of(fresh));

        Path old = home.logs().resolve("warledger.log");
        Files.writeString(old, "an earlier run\n");
        Permissions.set(old, "rw-r--r--");
        assertEquals(old, home.log("warledger"));
        assertEquals("rw-------", Permissions.of(old));
        assertTrue(Files.readString(old).contains("an earlier run"));
    }
}
