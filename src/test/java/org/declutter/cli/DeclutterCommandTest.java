package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main command end to end: inputs, outputs, formats and options, with exit code and both streams. */
class DeclutterCommandTest {

    static final Path SEED = Path.of("testdata", "cases", "seeds", "001_boilerplate.txt");
    static final Path SEED_EXPECTED = Path.of("testdata", "cases", "seeds", "001_boilerplate.expected.txt");
    static final Path OTHER_SEED = Path.of("testdata", "cases", "seeds", "000_article.txt");

    @TempDir
    Path tmp;
    String expected;

    @BeforeEach
    void readExpected() throws IOException {
        expected = Files.readString(SEED_EXPECTED, StandardCharsets.UTF_8);
    }

    @Test
    void readsAPipeAsAFileSuchAsProcessSubstitutionAndDevStdinGive() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(SEED, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();

        Run run = Run.of(fifo.toString());
        writer.join(10_000);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void aLineOfInputNamesAloneMeansWhatPicocliReadsFromIt() {
        for (String[] args : new String[][] {{}, {"a.html"}, {"a.html", "dir", "c d.txt", "résumé.pdf"}}) {
            DeclutterCommand parsed = new DeclutterCommand(System.in);
            DeclutterCommand.commandLine(parsed).parseArgs(args);
            parsed.read();

            assertThat(DeclutterCommand.namesOnly(args)).isTrue();
            assertThat(DeclutterCommand.ofNames(args, System.in)).usingRecursiveComparison()
                .ignoringFields("spec", "stdin").isEqualTo(parsed);
        }
    }

    @Test
    void leavesOptionsArgumentFilesAndTheSubcommandToPicocli() {
        for (String arg : new String[] {"-", "--", "-q", "--format=json", "@args.txt", RulesCommand.NAME}) {
            assertThat(DeclutterCommand.namesOnly(new String[] {"a.html", arg})).as(arg).isFalse();
        }
    }

    @Test
    void runsTheRulesSubcommandRatherThanCleaningFilesOfThoseNames() {
        assertThat(Run.of(RulesCommand.NAME, "list").out()).contains("caption");
    }

    @Test
    void readsStandardInputWhenGivenNoFile() throws IOException {
        Run run = Run.withStdin(Files.readAllBytes(SEED));

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        Run run = Run.withStdin(Files.readAllBytes(SEED), "-");

        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.code()).isZero();
    }

    @Test
    void writesOneFileToStandardOutputWithoutHeader() {
        Run run = Run.of(SEED.toString());

        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
    }

    @Test
    void headsEachOfSeveralResultsWithItsFileName() {
        Run one = Run.of(OTHER_SEED.toString());
        Run both = Run.of(SEED.toString(), OTHER_SEED.toString());

        assertThat(both.out()).isEqualTo("==> " + SEED + " <==\n" + expected + "\n==> " + OTHER_SEED + " <==\n" + one.out());
        assertThat(both.err()).isEmpty();
        assertThat(both.code()).isZero();
    }

    @Test
    void writesOneFilePerInputIntoACreatedDirectory() throws IOException {
        Path gz = tmp.resolve("a.html.gz");
        Files.write(gz, gzip(Files.readAllBytes(SEED)));
        Path out = tmp.resolve("new").resolve("dir");

        Run run = Run.of("-o", out.toString(), gz.toString(), OTHER_SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo(expected);
        assertThat(out.resolve("000_article.txt")).exists();
        try (var listing = Files.list(out)) {
            assertThat(listing).hasSize(2);
        }
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        Path input = tmp.resolve("story.txt");
        Files.copy(SEED, input);
        byte[] before = Files.readAllBytes(input);

        Run run = Run.of("-o", tmp.toString(), input.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + input + ": output " + tmp.resolve("story.txt")
            + " would overwrite an input\n");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void reportsAnOutputNameClashAndKeepsTheFirstResult() throws IOException {
        Path first = Files.createDirectories(tmp.resolve("x")).resolve("story.html");
        Path second = Files.createDirectories(tmp.resolve("y")).resolve("story.txt.gz");
        Files.copy(SEED, first);
        Files.write(second, gzip(Files.readAllBytes(OTHER_SEED)));
        Path out = tmp.resolve("out");

        Run run = Run.of("-o", out.toString(), first.toString(), second.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + second + ": output " + out.resolve("story.txt")
            + " is already the output of " + first + "\n");
        assertThat(Files.readString(out.resolve("story.txt"))).isEqualTo(expected);
    }

    @Test
    void namesOutputFilesAfterTheFormat() {
        Path out = tmp.resolve("out");

        Run run = Run.of("-o", out.toString(), "--format", "json", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(out.resolve("001_boilerplate.json")).exists();
    }

    @Test
    void writesJsonWithMetadataBodyAndRemovedBlocks() {
        Run run = Run.of("--format", "json", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).endsWith("}\n").hasLineCount(1);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.keySet()).contains("source", "title", "byline", "date", "body", "removed");
        assertThat(json.get("source").getAsString()).isEqualTo(SEED.toString());
        assertThat(json.get("title").getAsString()).isEqualTo("US, Mexican Officials Meet in DC to Discuss Security Issues");
        assertThat(json.get("body").getAsString() + "\n").isEqualTo(expected);
        JsonArray removed = json.getAsJsonArray("removed");
        assertThat(removed).isNotEmpty();
        JsonObject policy = removed.asList().stream().map(e -> e.getAsJsonObject())
            .filter(o -> o.get("text").getAsString().startsWith("AZPM encourages comments")).findFirst().orElseThrow();
        assertThat(policy.get("category").getAsString()).isEqualTo("comment-policy");
        assertThat(policy.get("rule").getAsString()).startsWith("comment-policy.");
    }

    @Test
    void writesJsonLinesWithoutHeadersForSeveralInputs() {
        Run run = Run.of("--format", "json", SEED.toString(), OTHER_SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject().get("source").getAsString()))
            .containsExactly(SEED.toString(), OTHER_SEED.toString());
    }

    @Test
    void writesMarkdown() {
        Run run = Run.of("--format", "markdown", "--title", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("# US, Mexican Officials Meet in DC to Discuss Security Issues\n\n" + expected);
    }

    @Test
    void putsTheHeadlineOnTopWithTitle() {
        Run run = Run.of("--title", SEED.toString());

        assertThat(run.out()).isEqualTo("US, Mexican Officials Meet in DC to Discuss Security Issues\n\n" + expected);
    }

    @Test
    void explainsEveryBlockWithItsVerdict() {
        Run run = Run.of("--explain", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out())
            .containsPattern("(?m)^ +4 KEEP .*High-ranking officials")
            .containsPattern("(?m)^ +\\d+ DROP +comment-policy \\(comment-policy\\.[a-z-]+\\) .*AZPM encourages comments")
            .containsPattern("(?m)^ +\\d+ DROP +land-acknowledgment \\(land-acknowledgment\\.[a-z-]+\\)")
            .containsPattern("(?m)^summary: " + java.util.regex.Pattern.quote(SEED.toString()) + ": kept 5 of \\d+ blocks, .*caption 1");
    }

    @Test
    void keepsACategoryOnRequest() {
        Run run = Run.of("--keep", "caption,comment-policy", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("The U.S. Capitol in Washington D.C.").contains("AZPM encourages comments")
            .doesNotContain("Modified").doesNotContain("We respectfully acknowledge");
    }

    @Test
    void rejectsAnUnknownCategoryInKeepAsAUsageError() {
        Run run = Run.of("--keep", "captions", SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("declutter: unknown category 'captions' in --keep; known: advertising, byline, caption,")
            .endsWith("\nTry 'declutter --help' for more information.\n");
    }

    @Test
    void addsARuleFile() throws IOException {
        Path rules = tmp.resolve("mine.rules");
        Files.writeString(rules, """
            category: topic-tag
            [topic-tag.serrano]
            starts: serrano said
            drop: Serrano said the talks went well.
            keep: The talks went well, Serrano said.
            """);

        Run run = Run.of("--rules", rules.toString(), SEED.toString());
        Run keep = Run.of("--rules", rules.toString(), "--keep", "topic-tag", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("Serrano said the U.S.").contains("High-ranking officials");
        assertThat(keep.out()).isEqualTo(expected);
    }

    @Test
    void reportsABrokenRuleFileAsAUsageError() throws IOException {
        Path rules = tmp.resolve("broken.rules");
        Files.writeString(rules, "category: x\n[x.one]\nfrobnicate: yes\n");

        Run run = Run.of("--rules", rules.toString(), SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("declutter: " + rules + ":3").hasLineCount(1);
    }

    @Test
    void overridesDetectionWithType() {
        String html = "<p>One paragraph of an article that is long enough to be kept as the article body here.</p>\n";

        Run asHtml = Run.withStdin(html);
        Run asText = Run.withStdin(html, "--type", "text", "--explain");

        assertThat(asHtml.out()).isEqualTo("One paragraph of an article that is long enough to be kept as the article body here.\n");
        assertThat(asText.out()).contains("| <p>One paragraph of an article");
        assertThat(asText.code()).isZero();
    }

    @Test
    void printsItsVersion() {
        Run run = Run.of("-V");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("declutter ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsTheExitCodesInItsHelp() {
        Run run = Run.of("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: declutter", "--format", "--keep", "Exit codes:")
            .containsPattern("(?m)^ +0 +all inputs cleaned")
            .containsPattern("(?m)^ +1 +at least one input failed")
            .containsPattern("(?m)^ +2 +usage error");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void answersABadOptionWithAShortHint() {
        Run run = Run.of("--frobnicate", SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("declutter: Unknown option: '--frobnicate'\n"
            + "Try 'declutter --help' for more information.\n");
    }

    @Test
    void answersABadFormatValueWithAShortHint() {
        Run run = Run.of("--format", "pdf", SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'pdf' is not one of text, markdown, json")
            .endsWith("Try 'declutter --help' for more information.\n");
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        var buffer = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(buffer)) {
            gz.write(bytes);
        }
        return buffer.toByteArray();
    }
}
