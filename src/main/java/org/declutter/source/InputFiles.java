package org.declutter.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files a user names as inputs (documents, JSON Lines streams, lists of names). An empty
 * name names no file, as {@code cat ''} and {@code grep -r x ''} answer, although {@link Path#of}
 * makes it the current folder: read as that, it failed as "is a directory", and walked, it cleaned
 * every file of the folder.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Whether a name given for an input names no file at all. */
    public static boolean namesNothing(String name) {
        return name.isEmpty();
    }

    /** A fresh stream over the file's bytes. */
    public static InputStream open(Path file) throws IOException {
        if (namesNothing(file.toString())) {
            throw new NoSuchFileException("");
        }
        return Files.newInputStream(file);
    }
}
