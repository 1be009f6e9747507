package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches: many inputs, directories, name lists and parallel workers, always in input order. */
class BatchCommandTest {

    private static final String PARAGRAPH = "The council met on Tuesday to decide how the new bridge will be paid for, "
        + "and the vote was closer than anyone expected.";

    @TempDir
    Path tmp;
    Path pages;

    /** Twelve small articles in nested folders, each with its own number in its text. */
    @BeforeEach
    void makePages() throws IOException {
        pages = tmp.resolve("pages");
        for (int i = 0; i < 12; i++) {
            Path file = pages.resolve(i % 2 == 0 ? "even" : "odd").resolve(String.format("p%02d.%s", i, i % 3 == 0 ? "html" : "txt"));
            Files.createDirectories(file.getParent());
            String body = "Story number " + i + ". " + PARAGRAPH;
            Files.writeString(file, file.toString().endsWith("html") ? html(i)
                : "Title " + i + "\n\n" + body + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void parallelWorkersWriteStandardOutputInInputOrder() {
        Run serial = Run.of("-r", "--jobs", "1", pages.toString());
        Run parallel = Run.of("-r", "--jobs", "4", pages.toString());

        assertThat(serial.code()).isZero();
        assertThat(parallel.out()).isEqualTo(serial.out());
        assertThat(headers(parallel.out())).containsExactly(
            p("even/p00.html"), p("even/p02.txt"), p("even/p04.txt"), p("even/p06.html"), p("even/p08.txt"),
            p("even/p10.txt"), p("odd/p01.txt"), p("odd/p03.html"), p("odd/p05.txt"), p("odd/p07.txt"),
            p("odd/p09.html"), p("odd/p11.txt"));
        assertThat(parallel.out()).contains("Story number 11.");
    }

    @Test
    void parallelWorkersWriteTheSameFilesAsOne() throws IOException {
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four");

        Run serial = Run.of("-r", "-j", "1", "-o", one.toString(), pages.toString());
        Run parallel = Run.of("-r", "-j", "4", "-o", four.toString(), pages.toString());

        assertThat(serial.code()).isZero();
        assertThat(parallel.code()).isZero();
        assertThat(parallel.err()).isEmpty();
        assertThat(listing(four)).hasSize(12).isEqualTo(listing(one)).startsWith("even/p00.txt", "even/p02.txt");
        for (String name : listing(one)) {
            assertThat(Files.readString(four.resolve(name))).isEqualTo(Files.readString(one.resolve(name)));
        }
    }

    @Test
    void aWalkedDirectoryKeepsItsTreeUnderTheOutputDirectory() throws IOException {
        Path site = tmp.resolve("site");
        page(site.resolve("index.html"), 1);
        page(site.resolve("a/index.html"), 2);
        gzipPage(site.resolve("b/c/index.html.gz"), 3);
        Path out = tmp.resolve("out");

        Run run = Run.of("-r", "-o", out.toString(), site + "/");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(listing(out)).containsExactly("a/index.txt", "b/c/index.txt", "index.txt");
        assertThat(Files.readString(out.resolve("a/index.txt"))).startsWith("Story number 2.");
        assertThat(Files.readString(out.resolve("b/c/index.txt"))).startsWith("Story number 3.");
    }

    @Test
    void filesNamedAlongsideAWalkStayFlat() throws IOException {
        Path out = tmp.resolve("out");

        Run run = Run.of("-r", "-o", out.toString(), p("odd/p01.txt"), pages.resolve("even").toString());

        assertThat(run.code()).isZero();
        assertThat(listing(out)).containsExactly("p00.txt", "p01.txt", "p02.txt", "p04.txt", "p06.txt", "p08.txt", "p10.txt");
    }

    @Test
    void twoWalkedDirectoriesWithTheSamePathsClashInsteadOfOverwriting() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        page(one.resolve("a/index.html"), 1);
        page(two.resolve("a/index.html"), 2);
        page(two.resolve("b/index.html"), 3);
        Path out = tmp.resolve("out");

        Run run = Run.of("-r", "-o", out.toString(), one.toString(), two.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + two.resolve("a/index.html") + ": output " + out.resolve("a/index.txt")
            + " is already the output of " + one.resolve("a/index.html") + "\n");
        assertThat(Files.readString(out.resolve("a/index.txt"))).startsWith("Story number 1.");
        assertThat(Files.readString(out.resolve("b/index.txt"))).startsWith("Story number 3.");
    }

    @Test
    void aRunRepeatedIntoAFolderOfTheWalkedDirectoryDoesNotCleanItsOwnOutputs() throws IOException {
        Path out = pages.resolve("clean");

        Run first = Run.of("-r", "-o", out.toString(), pages.toString());
        Run again = Run.of("-r", "-o", out.toString(), pages.toString());

        assertThat(first.code()).isZero();
        assertThat(again.code()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(listing(out)).hasSize(12).startsWith("even/p00.txt");
    }

    @Test
    void readsInputNamesFromStandardInput() {
        String names = p("odd/p03.html") + "\n\n" + p("even/p00.html") + "\n";

        Run run = Run.withStdin(names, "--files-from", "-");

        assertThat(run.code()).isZero();
        assertThat(headers(run.out())).containsExactly(p("odd/p03.html"), p("even/p00.html"));
    }

    @Test
    void aBadInputInAParallelBatchFailsAloneAndInOrder() {
        String missing = p("missing.txt");

        Run run = Run.of("-j", "3", p("odd/p01.txt"), missing, p("odd/p03.html"));

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + missing + ": no such file\n");
        assertThat(headers(run.out())).containsExactly(p("odd/p01.txt"), p("odd/p03.html"));
    }

    @Test
    void aDirectoryWithoutRecursionIsABadInput() {
        Run run = Run.of(pages.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + pages + ": is a directory\n");
    }

    @Test
    void refusesZeroJobs() {
        Run run = Run.of("--jobs", "0", p("odd/p01.txt"));

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("declutter: --jobs must be at least 1\n");
    }

    @Test
    void cleansTheFilesFindPrintsWithPrint0EvenOneWithALineBreakInItsName() throws IOException {
        Path odd = Files.writeString(pages.resolve("two\nlines.txt"), Files.readString(Path.of(p("odd/p01.txt"))));
        Path list = Files.writeString(pages.resolve("list0"), odd + "\0" + p("odd/p01.txt") + "\0");

        Run run = Run.of("-0", "--files-from", list.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        // The header writes the line break as \n, as ls -b does, so that it stays one line.
        assertThat(run.out()).startsWith("==> " + odd.toString().replace("\n", "\\n") + " <==\n")
            .contains("==> " + p("odd/p01.txt") + " <==\n");
    }

    @Test
    void refusesNulSeparatedNamesWithoutAList() {
        Run run = Run.of("-0", p("odd/p01.txt"));

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("declutter: -0 goes with --files-from\n");
    }

    @Test
    void refusesOptionsThatCannotMeanWhatTheySay() {
        String page = p("odd/p01.txt");
        Map<List<String>, String> refused = Map.of(
            List.of("--url", "riverside-courier.example", page), "--url needs a page's whole address, such as https://example.com/story",
            List.of("--url", "", page), "--url needs a page's whole address, such as https://example.com/story",
            List.of("-", page, "-"), "standard input can be read once; - is named twice",
            List.of("--explain", "--format", "json", page), "--explain writes a report of its own; it cannot go with --format json",
            List.of("--explain", "--title", page), "--explain writes a report of its own; it cannot go with --title",
            List.of("--jsonl", "--html-field", "body", "--text-field", "body", page), "--html-field and --text-field name the same field, body");
        refused.forEach((args, message) -> {
            Run run = Run.of(args.toArray(String[]::new));

            assertThat(run.code()).as("%s", args).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as("%s", args).startsWith("declutter: " + message + "\n");
        });
        assertThat(Run.of("--url", "https://riverside-courier.example/a", page).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void refusesAnEmptyOutputFolderName() {
        Run run = Run.of("-o", "", p("odd/p01.txt"));

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("declutter: -o needs a folder's name\n");
    }

    private String p(String relative) {
        return pages.resolve(relative).toString();
    }

    private static List<String> headers(String out) {
        List<String> names = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("==> ") && line.endsWith(" <==")) {
                names.add(line.substring(4, line.length() - 4));
            }
        }
        return names;
    }

    private static void page(Path file, int number) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, html(number), StandardCharsets.UTF_8);
    }

    private static void gzipPage(Path file, int number) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, DeclutterCommandTest.gzip(html(number).getBytes(StandardCharsets.UTF_8)));
    }

    private static String html(int number) {
        String body = "Story number " + number + ". " + PARAGRAPH;
        return "<html><body><article><h1>Title " + number + "</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>";
    }

    /** The files under a directory, as sorted relative paths. */
    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }
}
