package org.declutter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.declutter.source.Content;
import org.declutter.source.InputException;
import org.declutter.source.Source;
import org.declutter.source.SourceReader;

/**
 * The pages the benchmarks run on, read at run time from the folder named by the system property
 * {@code declutter.bench.pages} (HTML, gzip-compressed or not); they are never part of the project.
 */
final class BenchPages {

    /** The property naming the folder of pages. */
    static final String PROPERTY = "declutter.bench.pages";

    private BenchPages() {
    }

    /** The pages, decoded, in file-name order. Fails with a clear message when the folder is missing. */
    static List<Content> load() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("benchmark pages not found: set -D" + PROPERTY
                + "=DIR to a folder of HTML pages (make bench uses ../shared/bench/scrapinghub/html); got " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);
        List<Content> pages = new ArrayList<>();
        for (Path file : files) {
            try {
                pages.add(reader.read(Source.of(file)));
            } catch (InputException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no pages in " + dir);
        }
        return pages;
    }
}
