package org.declutter.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns the names a user gives for inputs (files to clean, JSON Lines streams, lists of names) into
 * paths, failing the way reading the file would fail rather than with an internal error:
 *
 * <ul>
 *   <li>an empty name names no file, as {@code cat ''} and {@code grep -r x ''} answer, although
 *       {@link Path#of} makes it the current folder (read, it failed as "is a directory"; walked,
 *       every file of the folder was cleaned);
 *   <li>a name the file system's charset cannot spell names no file Java can open: in the C or
 *       POSIX locale that charset is ASCII, and Java decodes each other byte of a name to a
 *       character it then cannot encode back (the launcher asks for a UTF-8 locale instead).
 * </ul>
 */
final class InputPaths {

    private InputPaths() {
    }

    /** The path a user's name for an input stands for. */
    static Path of(String name) throws IOException {
        if (name.isEmpty()) {
            throw new NoSuchFileException(name);
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            // The JDK names the charset it spells file names in by this property alone.
            throw new FileSystemException(name, null,
                "name not in the locale's charset (" + System.getProperty("sun.jnu.encoding", "unknown") + ")");
        }
    }

    /** Whether the name stands for a directory; a name that stands for no path stands for none. */
    static boolean isDirectory(String name) {
        try {
            return Files.isDirectory(of(name));
        } catch (IOException e) {
            return false;
        }
    }
}
