package org.declutter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.declutter.rules.Category;
import org.declutter.source.Source;
import org.junit.jupiter.api.Test;

/**
 * The README's library example, compiled and run: the code between the markers below must be the
 * README's Java block, word for word, so the README cannot show code that no longer works.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("README.md");
    private static final Path THIS_FILE = Path.of("src/test/java/org/declutter/ReadmeExampleTest.java");
    private static final String BEGIN = "// README example begins";
    private static final String END = "// README example ends";

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\n");
        assertThat(start).as("README has a ```java block").isNotNegative();
        String shown = readme.substring(start + 8, readme.indexOf("```", start + 8));

        assertThat(shown).isEqualTo(snippet());
    }

    @Test
    void cleansSeveralPagesOnSeveralThreadsLikeOneAtATime() throws Exception {
        Path dir = Path.of("testdata/cases/html");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README example begins
            Declutter declutter = Declutter.builder().keep(Category.of("byline")).build(); // once, shared
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Result>> results = new ArrayList<>();
            try (Stream<Path> pages = Files.list(dir)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    results.add(pool.submit(() -> declutter.clean(Source.of(page)))); // thread-safe: share it
                }
            }
            for (Future<Result> result : results) {
                System.out.println(result.get().source() + ": " + result.get().body());
            }
            pool.shutdown();
            // README example ends
        } finally {
            System.setOut(stdout);
        }

        StringBuilder oneAtATime = new StringBuilder();
        Declutter serial = Declutter.builder().keep(Category.of("byline")).build();
        try (Stream<Path> pages = Files.list(dir)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Result result = serial.clean(Source.of(page));
                oneAtATime.append(result.source()).append(": ").append(result.body()).append(System.lineSeparator());
            }
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isNotBlank().isEqualTo(oneAtATime.toString());
    }

    /** The lines between the markers in this file, with the test's indentation taken off. */
    private static String snippet() throws IOException {
        List<String> lines = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
        int from = -1;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(BEGIN)) {
                from = line.indexOf(BEGIN);
            } else if (line.strip().equals(END)) {
                break;
            } else if (from >= 0) {
                out.append(line.length() > from ? line.substring(from) : line.strip()).append('\n');
            }
        }
        return out.toString();
    }
}
