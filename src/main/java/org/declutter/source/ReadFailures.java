package org.declutter.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Turns the I/O failures of reading an input into the short reasons users see ({@code no such
 * file}, {@code permission denied}, {@code is a directory}), so every reader of inputs, files and
 * JSON Lines streams alike, words them the same way.
 */
public final class ReadFailures {

    private ReadFailures() {
    }

    /** A one-line reason for a failed read, without the path. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + fs.getReason().substring(1);
        }
        String message = e.getMessage();
        // The JDK reports a directory opened as a file only in the message of a plain IOException.
        if (message != null && message.contains("Is a directory")) {
            return "is a directory";
        }
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }
}
