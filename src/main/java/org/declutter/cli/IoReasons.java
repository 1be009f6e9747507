package org.declutter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Turns the I/O failures of reading an input into the short reasons users see. */
final class IoReasons {

    private IoReasons() {
    }

    /** A one-line reason, e.g. {@code no such file}. */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message != null && message.contains("Is a directory") ? "is a directory"
            : "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    /** The short cause of an I/O failure without the path it names, e.g. {@code not a directory}. */
    static String brief(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
