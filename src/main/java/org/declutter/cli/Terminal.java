package org.declutter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether standard output and standard error are terminals. Java 17 has no isatty: on Linux
 * the links under {@code /proc/self/fd} name the device; elsewhere {@link System#console()}, which
 * exists only when standard input and output are terminals, stands in for both streams.
 */
final class Terminal {

    private Terminal() {
    }

    /** Whether standard output is a terminal. */
    static boolean stdout() {
        return isTerminal(1);
    }

    /** Whether standard error is a terminal. */
    static boolean stderr() {
        return isTerminal(2);
    }

    private static boolean isTerminal(int fd) {
        // Not "/proc/self/fd/" + fd: the first concatenation of an int links a method handle chain,
        // which costs a one-file run milliseconds.
        Path link = Path.of("/proc/self/fd", Integer.toString(fd));
        try {
            String device = Files.readSymbolicLink(link).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
