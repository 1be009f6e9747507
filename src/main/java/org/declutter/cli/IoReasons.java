package org.declutter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

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
}
