package org.declutter.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
        Temporary temporary;
        synchronized (IN_PROGRESS) {
            // The JVM is exiting (Ctrl-C): start no new file.
            awaitExitIfExiting();
            temporary = Temporary.create(dir, target.getFileName().toString());
            IN_PROGRESS.add(temporary.path());
        }
        Path tmp = temporary.path();
        boolean moved = false;
        try {
            // Encoded through a buffer, not into one array: a large output is not held twice.
            try (Writer out = temporary.writer()) {
                out.write(text);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            synchronized (IN_PROGRESS) {
                // The exit cleanup deleted this file under us: that is no failure to report, the
                // interrupted run has said what it had done.
                awaitExitIfExiting();
            }
            throw e;
        } finally {
            synchronized (IN_PROGRESS) {
                if (!moved) {
                    Files.deleteIfExists(tmp);
                }
                IN_PROGRESS.remove(tmp);
            }
        }
    }

    /**
     * A hidden file beside the target, named after it ({@code .NAME.RANDOM.part}, with at most the
     * name's first {@value #NAME_KEPT} characters), new and open for writing UTF-8. Made here rather
     * than by {@code Files.createTempFile}, which closes the file it creates, so that it is opened
     * once: in a batch of many small files, each system call shows.
     *
     * @param path the file
     * @param writer its writer, buffered; encoding fails on text that is not well-formed UTF-16
     */
    private record Temporary(Path path, Writer writer) {

        /**
         * Characters of the target's name that the temporary file's name keeps: at four bytes each
         * at most, with the rest of the name, under the 255 bytes a file name may take, where the
         * whole name plus the rest would not fit beside a target of 240 bytes.
         */
        private static final int NAME_KEPT = 48;
        /** Names tried before giving up: a clash needs another file of the same random name. */
        private static final int NAME_ATTEMPTS = 8;
        private static final Set<StandardOpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);

        static Temporary create(Path dir, String name) throws IOException {
            String kept = name.codePointCount(0, name.length()) <= NAME_KEPT ? name
                : name.substring(0, name.offsetByCodePoints(0, NAME_KEPT));
            for (int attempt = 1; ; attempt++) {
                Path tmp = dir.resolve("." + kept + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
                try {
                    // An ordinary file (0644 before the umask), not a temporary file's private 0600.
                    SeekableByteChannel channel = POSIX ? Files.newByteChannel(tmp, NEW_FILE, READABLE)
                        : Files.newByteChannel(tmp, NEW_FILE);
                    return new Temporary(tmp, new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8.newEncoder())));
                } catch (FileAlreadyExistsException e) {
                    if (attempt == NAME_ATTEMPTS) {
                        throw e;
                    }
                }
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
