package org.warledger.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suite lives on this machine: the checkout, and its .data folder for the database, keys, logs and state. */
record Home(Path root) {

    static Home fromEnvironment() {
        String configured = System.getenv("WARLEDGER_HOME");
        Path root = Path.of(configured == null ? "." : configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("event-service"))) {
            throw new LauncherException(
                    root + " is not a Warledger checkout (run ./warledger from the repository root)");
        }
        return new Home(root);
    }

    /** .data in the checkout, or WARLEDGER_DATA (the launcher's own tests keep theirs apart). */
    Path data() {
        String configured = System.getenv("WARLEDGER_DATA");
        return configured == null ? root.resolve(".data") : Path.of(configured).toAbsolutePath();
    }

    Path postgres() {
        return data().resolve("postgres");
    }

    Path keys() {
        return data().resolve("keys");
    }

    Path logs() {
        return data().resolve("logs");
    }

    Path state() {
        return data().resolve("state.json");
    }

    Path jar(String app) {
        return root.resolve(app).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path sample(String file) {
        return root.resolve("data/sample").resolve(file);
    }
}
