package org.declutter.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes files so that readers see the whole file or none: a temporary file, then a rename. The
 * temporary files being written are deleted at exit, so an interrupted run (Ctrl-C, SIGTERM) leaves
 * no {@code .part} file behind.
 */
final class AtomicFiles {

    /** Temporary files being written; guarded by itself, so that none is created after the exit cleanup. */
    private static final Set<Path> IN_PROGRESS = new HashSet<>();
    private static boolean exiting;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?> READABLE = PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rw-r--r--"));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInProgress, "declutter-temp-cleanup"));
    }

    private AtomicFiles() {
    }

    /** Writes text as UTF-8 to {@code target}, replacing it atomically. */
    static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // A temporary file is private (0600) by default; the output is an ordinary file (0644).
        Path tmp;
        synchronized (IN_PROGRESS) {
            // The JVM is exiting (Ctrl-C): start no new file.
            awaitExitIfExiting();
            tmp = POSIX ? Files.createTempFile(dir, "." + target.getFileName(), ".part", READABLE)
                : Files.createTempFile(dir, "." + target.getFileName(), ".part");
            IN_PROGRESS.add(tmp);
        }
        try {
            // Encoded through a buffer, not into one array: a large output is not held twice.
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(text);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            synchronized (IN_PROGRESS) {
                // The exit cleanup deleted this file under us: that is no failure to report, the
                // interrupted run has said what it had done.
                awaitExitIfExiting();
            }
            throw e;
        } finally {
            synchronized (IN_PROGRESS) {
                Files.deleteIfExists(tmp);
                IN_PROGRESS.remove(tmp);
            }
        }
    }

    /** While the JVM is exiting, waits quietly for the end; the caller holds the lock of {@link #IN_PROGRESS}. */
    private static void awaitExitIfExiting() throws IOException {
        while (exiting) {
            try {
                IN_PROGRESS.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    /** At exit: deletes the temporary files being written, and lets no new one be created. */
    private static void deleteInProgress() {
        synchronized (IN_PROGRESS) {
            exiting = true;
            for (Path tmp : IN_PROGRESS) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // Exiting anyway: a leftover hidden .part file is the worst outcome, never a partial output.
                }
            }
        }
    }
}
