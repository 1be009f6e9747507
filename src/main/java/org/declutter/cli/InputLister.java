package org.declutter.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declutter.source.ReadFailures;

/**
 * Turns the inputs named on the command line into the list of inputs to clean: the files as given,
 * then those listed one per line in {@code --files-from}, with directories replaced by the files
 * under them (sorted by path, hidden files and folders skipped) when walking is asked for. A file
 * found by a walk keeps its folder under the walked directory, for {@code -o DIR} to mirror.
 *
 * <p>The order is fixed by the command line and the file system's names alone, so that a batch
 * writes the same outputs in the same order on every run.
 */
final class InputLister {

    private final boolean recursive;
    private final InputStream stdin;
    private final Path outputDir;
    private final boolean nulSeparated;

    /**
     * @param recursive whether a directory stands for the files under it (else it is an input that
     *     fails to read, as with cat)
     * @param stdin the stream {@code --files-from -} reads
     * @param outputDir the {@code -o} directory, or {@code null}: a walk never enters it (unless it is
     *     the walked directory itself), so that a run repeated into a folder of its input does not
     *     clean its own earlier outputs
     * @param nulSeparated whether the names in {@code --files-from} end with NUL, as {@code find -print0}
     *     writes them, rather than with a line break
     */
    InputLister(boolean recursive, InputStream stdin, Path outputDir, boolean nulSeparated) {
        this.recursive = recursive;
        this.stdin = stdin;
        this.outputDir = outputDir;
        this.nulSeparated = nulSeparated;
    }

    /**
     * Lists the inputs.
     *
     * @param args the inputs named as arguments
     * @param filesFrom a file of input names, one per line, {@code -} for standard input, or {@code null}
     * @throws UsageException when the list of names cannot be read, or standard input is asked for twice
     */
    List<Input> list(List<String> args, String filesFrom) throws UsageException {
        List<String> named = new ArrayList<>(args);
        if (filesFrom != null) {
            if (filesFrom.equals(InputCleaner.STDIN) && named.contains(InputCleaner.STDIN)) {
                throw new UsageException("standard input cannot be both an input and --files-from -");
            }
            named.addAll(readNames(filesFrom));
        } else if (named.isEmpty()) {
            named.add(InputCleaner.STDIN);
        }
        if (named.indexOf(InputCleaner.STDIN) != named.lastIndexOf(InputCleaner.STDIN)) {
            throw new UsageException("standard input can be read once; - is named twice");
        }
        List<Input> inputs = new ArrayList<>(named.size());
        for (String name : named) {
            if (recursive && !name.equals(InputCleaner.STDIN) && InputPaths.isDirectory(name)) {
                inputs.addAll(walk(Path.of(name)));
            } else {
                inputs.add(Input.named(name));
            }
        }
        return inputs;
    }

    private List<String> readNames(String filesFrom) throws UsageException {
        try (BufferedReader reader = filesFrom.equals(InputCleaner.STDIN)
                ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(InputPaths.of(filesFrom), StandardCharsets.UTF_8)) {
            return nulSeparated ? nulSeparated(reader) : lines(reader);
        } catch (IOException e) {
            throw new UsageException("--files-from " + filesFrom + ": " + ReadFailures.reason(e));
        }
    }

    /** A name per line, blank lines skipped and spaces around a name trimmed, for lists written by hand. */
    private static List<String> lines(BufferedReader reader) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /**
     * Names ended by NUL, the one character no name holds: each taken as it is, line breaks and
     * spaces and all; only empty ones are skipped.
     */
    private static List<String> nulSeparated(BufferedReader reader) throws IOException {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c != 0) {
                name.append((char) c);
            } else if (!name.isEmpty()) {
                names.add(name.toString());
                name.setLength(0);
            }
        }
        if (!name.isEmpty()) {
            names.add(name.toString());
        }
        return names;
    }

    /**
     * The files under {@code root}, sorted by path. What cannot be listed on the way (a folder
     * without permission, a path too long) becomes an input that fails with the reason, in its
     * place, and the walk goes on, as {@code grep -r} does: one unreadable folder does not cost
     * the rest of the batch.
     */
    private List<Input> walk(Path root) throws UsageException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> unlisted = new HashMap<>();
        try {
            // A directory named through a link is walked, as grep -r does; links met on the way are not followed.
            Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            Path skip = outputDir != null && Files.isDirectory(outputDir) ? outputDir : null;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    // The same folder may be spelled in many ways (links, ..): ask the file system.
                    boolean skipped = !dir.equals(start) && (isHidden(dir) || skip != null && Files.isSameFile(dir, skip));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A link to a file counts as the file, as cat would read it; attrs describe the link.
                    if (!isHidden(file) && Files.isRegularFile(file)) {
                        files.add(root.resolve(start.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return failed(file, e);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    return e == null ? FileVisitResult.CONTINUE : failed(dir, e);
                }

                private FileVisitResult failed(Path path, IOException e) {
                    Path shown = root.resolve(start.relativize(path));
                    files.add(shown);
                    unlisted.put(shown, ReadFailures.reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException(root + ": cannot list directory: " + ReadFailures.reason(e));
        }
        files.sort(Comparator.comparing(Path::toString));
        return files.stream().map(file -> unlisted.containsKey(file)
            ? Input.unlisted(root, file, unlisted.get(file)) : Input.found(root, file)).toList();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** The command line asks for something that cannot be done; nothing was cleaned. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
