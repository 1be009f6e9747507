package org.declutter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Turns the I/O failures of writing outputs into the short reasons users see; failures of reading
 * inputs are worded by {@link org.declutter.source.ReadFailures}.
 */
final class IoReasons {

    private IoReasons() {
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
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        // The JDK's messages are the C library's, capitalised: "No space left on device".
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
