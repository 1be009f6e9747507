package org.declutter.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.declutter.source.ReadFailures;

/**
 * Turns the inputs named on the command line into the list of inputs to clean: the files as given,
 * then those listed one per line in {@code --files-from}, with directories replaced by the files
 * under them (sorted by path, hidden files and folders skipped) when walking is asked for.
 *
 * <p>The order is fixed by the command line and the file system's names alone, so that a batch
 * writes the same outputs in the same order on every run.
 */
final class InputLister {

    private final boolean recursive;
    private final InputStream stdin;

    /**
     * @param recursive whether a directory stands for the files under it (else it is an input that
     *     fails to read, as with cat)
     * @param stdin the stream {@code --files-from -} reads
     */
    InputLister(boolean recursive, InputStream stdin) {
        this.recursive = recursive;
        this.stdin = stdin;
    }

    /**
     * Lists the inputs.
     *
     * @param args the inputs named as arguments
     * @param filesFrom a file of input names, one per line, {@code -} for standard input, or {@code null}
     * @throws UsageException when the list of names cannot be read, or standard input is asked for twice
     */
    List<String> list(List<String> args, String filesFrom) throws UsageException {
        List<String> named = new ArrayList<>(args);
        if (filesFrom != null) {
            if (filesFrom.equals(InputCleaner.STDIN) && named.contains(InputCleaner.STDIN)) {
                throw new UsageException("standard input cannot be both an input and --files-from -");
            }
            named.addAll(readNames(filesFrom));
        } else if (named.isEmpty()) {
            named.add(InputCleaner.STDIN);
        }
        List<String> inputs = new ArrayList<>(named.size());
        for (String name : named) {
            if (recursive && !name.equals(InputCleaner.STDIN) && Files.isDirectory(Path.of(name))) {
                inputs.addAll(walk(Path.of(name)));
            } else {
                inputs.add(name);
            }
        }
        return inputs;
    }

    private List<String> readNames(String filesFrom) throws UsageException {
        try (BufferedReader reader = filesFrom.equals(InputCleaner.STDIN)
                ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(filesFrom), StandardCharsets.UTF_8)) {
            List<String> names = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UsageException("--files-from " + filesFrom + ": " + ReadFailures.reason(e));
        }
    }

    private static List<String> walk(Path dir) throws UsageException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !isHidden(dir.relativize(p)))
                .filter(Files::isRegularFile)
                .map(Path::toString)
                .sorted()
                .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(dir + ": cannot list directory: "
                + ReadFailures.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The command line asks for something that cannot be done; nothing was cleaned. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
