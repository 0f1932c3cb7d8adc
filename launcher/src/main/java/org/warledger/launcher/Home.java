package org.warledger.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the suite lives on this machine: the checkout, and its data folder for the database, keys, logs and state. The
 * data folder holds the signing key and an editor token, so it and everything secret in it is its owner's alone.
 */
record Home(Path root, Path data) {

    /**
     * The checkout of WARLEDGER_HOME, and .data in it or WARLEDGER_DATA (the launcher's own tests keep theirs apart).
     */
    static Home fromEnvironment() {
        String configured = System.getenv("WARLEDGER_HOME");
        Path root = Path.of(configured == null ? "." : configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("event-service"))) {
            throw new LauncherException(
                    root + " is not a Warledger checkout (run ./warledger from the repository root)");
        }
        String data = System.getenv("WARLEDGER_DATA");
        return new Home(root, data == null ? root.resolve(".data") : Path.of(data).toAbsolutePath().normalize());
    }

    /** Makes (or narrows) the data and log folders 0700 before anything is written into them. */
    void prepare() {
        OwnerOnly.folder(data);
        OwnerOnly.folder(logs());
    }

    /** A log file, 0600: the supervising process's log shows what it prints, the apps' logs what they are sent. */
    Path log(String name) {
        return OwnerOnly.file(logs().resolve(name + ".log"));
    }

    Path postgres() {
        return data.resolve("postgres");
    }

    Path keys() {
        return data.resolve("keys");
    }

    Path logs() {
        return data.resolve("logs");
    }

    Path state() {
        return data.resolve("state.json");
    }

    Path jar(String app) {
        return root.resolve(app).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path sample(String file) {
        return root.resolve("data/sample").resolve(file);
    }
}
