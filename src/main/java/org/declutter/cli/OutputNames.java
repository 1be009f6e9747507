package org.declutter.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Names output files after their inputs: the file name without its compression suffix and its last
 * extension, plus the format's extension ({@code a.html.gz} gives {@code a.txt}), in the input's
 * output folder ({@code a/x.html} found under a walked directory gives {@code a/x.txt}).
 */
final class OutputNames {

    private static final Set<String> COMPRESSION = Set.of("gz", "gzip", "bz2", "xz");

    private OutputNames() {
    }

    /** The output's path relative to the output directory, e.g. {@code a/x.txt}; standard input gives {@code stdin.txt}. */
    static Path of(Input input, String extension) {
        String name = input.name().equals(InputCleaner.STDIN) ? "stdin" : input.name();
        return input.folder().resolve(of(name, extension));
    }

    /** The output name for an input path, e.g. {@code a.txt}. */
    static String of(String input, String extension) {
        String name = Path.of(input).getFileName() == null ? input : Path.of(input).getFileName().toString();
        name = stripExtension(name, true);
        name = stripExtension(name, false);
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        return name + "." + extension;
    }

    private static String stripExtension(String name, boolean compressionOnly) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (compressionOnly && !COMPRESSION.contains(ext)) {
            return name;
        }
        return name.substring(0, dot);
    }
}
