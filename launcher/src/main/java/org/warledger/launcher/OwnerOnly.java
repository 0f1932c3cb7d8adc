package org.warledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: the data folder, the keys, the state with its editor token, the logs
 * (the supervising process logs what it prints). Everything is created with its permissions in the same system call
 * that creates it, so no other user can open it in between; what an earlier version left wider is narrowed.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** The folder (and any missing parent) with mode 0700; an existing one is narrowed to 0700. */
    static Path folder(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                narrow(folder, FOLDER);
            } else {
                Files.createDirectories(folder, attribute(FOLDER));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with mode 0600, created empty if missing; an existing one keeps its content and is narrowed. */
    static Path file(Path file) {
        try {
            Files.createFile(file, attribute(FILE));
        } catch (FileAlreadyExistsException e) {
            try {
                narrow(file, FILE);
            } catch (IOException narrowing) {
                throw new UncheckedIOException(narrowing);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Replaces the file's content: written to a file created 0600 beside it, then moved over it in one step, so readers
     * see the old content or the new, never a part, and never with wider permissions.
     */
    static void write(Path file, String content) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", attribute(FILE));
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Only left when the move failed, which is reported above.
                }
            }
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
