package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard error and exit codes a script can rely on: -q, -v, --low-confidence, --rejected, no progress off a terminal. */
class UnixCitizenTest {

    static final Path ARTICLE = DeclutterCommandTest.SEED;
    static final Path OTHER_ARTICLE = DeclutterCommandTest.OTHER_SEED;
    static final Path INDEX_PAGE = Path.of("testdata", "cases", "confidence", "index-page.html");

    @TempDir
    Path tmp;

    @Test
    void aBatchWhoseStandardErrorIsNoTerminalWritesNoProgress() {
        Run run = Run.of("-o", tmp.toString(), ARTICLE.toString(), OTHER_ARTICLE.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void verboseSaysPerInputWhatKindItWasAndWhatWentWhere() {
        Run run = Run.of("-v", ARTICLE.toString(), INDEX_PAGE.toString());

        assertThat(run.code()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("declutter: " + ARTICLE + ": text, confidence ").containsPattern(
            " \\d+ ms: kept \\d+ of \\d+ blocks, ");
        assertThat(lines.get(1)).startsWith("declutter: " + INDEX_PAGE + ": html, confidence 0.00, ")
            .endsWith(", no article found");
    }

    @Test
    void quietLeavesErrorsOnly() throws IOException {
        Path missing = tmp.resolve("missing.html");
        Run run = Run.of("-q", "-v", ARTICLE.toString(), missing.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err().lines()).singleElement().asString().startsWith("declutter: " + missing + ": ");
    }

    @Test
    void lowConfidenceKeepIsTheDefaultAndWritesTheBestGuess() throws IOException {
        Run byDefault = Run.of(INDEX_PAGE.toString());
        Run keep = Run.of("--low-confidence", "keep", INDEX_PAGE.toString());

        assertThat(byDefault.code()).isZero();
        assertThat(byDefault.out()).isEqualTo(keep.out()).contains("Local news, three minute read");
    }

    @Test
    void lowConfidenceEmptyWritesAnEmptyBodyAndSaysWhyInExplain() {
        Run json = Run.of("--low-confidence", "empty", "--format", "json", INDEX_PAGE.toString());
        Run explain = Run.of("--low-confidence", "EMPTY", "--explain", INDEX_PAGE.toString());

        assertThat(json.code()).isZero();
        JsonObject result = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(result.get("body").getAsString()).isEmpty();
        assertThat(result.get("confidence").getAsDouble()).isLessThan(0.15);
        assertThat(explain.out()).contains("outside-article (low-confidence)").containsPattern(
            "(?m)^summary: .*: kept 0 of \\d+ blocks, .*, no article found$");
    }

    @Test
    void lowConfidenceFailWritesNothingForThatInputAndExitsWithThree() {
        Run run = Run.of("--low-confidence", "fail", "-o", tmp.toString(), ARTICLE.toString(), INDEX_PAGE.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.NO_ARTICLE);
        assertThat(run.err()).startsWith("declutter: " + INDEX_PAGE + ": no article found (confidence 0.00");
        assertThat(tmp.resolve("001_boilerplate.txt")).exists();
        assertThat(tmp.resolve("index-page.txt")).doesNotExist();
    }

    @Test
    void anUnreadableInputOutranksAMissingArticleInTheExitCode() {
        Run run = Run.of("--low-confidence", "fail", INDEX_PAGE.toString(), tmp.resolve("missing").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    }

    @Test
    void lowConfidenceFailAppliesToJsonLinesDocumentsToo() throws IOException {
        String page = Files.readString(INDEX_PAGE, StandardCharsets.UTF_8);
        JsonObject line = new JsonObject();
        line.addProperty("id", "index");
        line.addProperty("html", page);
        Run run = Run.withStdin(line + "\n", "--jsonl", "--low-confidence", "fail");

        assertThat(run.code()).isEqualTo(ExitCodes.NO_ARTICLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("declutter: -:1: no article found");
    }

    @Test
    void rejectedLogsEveryRemovedBlockAsAJsonLineInInputOrder() throws IOException {
        Path log = tmp.resolve("rejected.jsonl");
        Run json = Run.of("--format", "json", ARTICLE.toString(), OTHER_ARTICLE.toString());
        Run run = Run.of("--rejected", log.toString(), "-j", "2", ARTICLE.toString(), OTHER_ARTICLE.toString());

        assertThat(run.code()).isZero();
        StringBuilder expected = new StringBuilder();
        for (String result : json.out().split("\n==> [^\n]* <==\n|\n")) {
            if (!result.startsWith("{")) {
                continue;
            }
            JsonObject o = JsonParser.parseString(result).getAsJsonObject();
            o.getAsJsonArray("removed").forEach(removed -> {
                JsonObject r = removed.getAsJsonObject();
                JsonObject want = new JsonObject();
                want.addProperty("source", o.get("source").getAsString());
                want.add("category", r.get("category"));
                want.add("rule", r.get("rule"));
                want.add("text", r.get("text"));
                expected.append(want).append('\n');
            });
        }
        assertThat(expected).isNotEmpty();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aRejectedLogThatCannotBeWrittenIsReportedOnceAndTheOutputsAreStillWritten() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("--rejected", "/dev/full", "-o", out.toString()));
        for (int i = 0; i < 40; i++) {
            args.add(Files.copy(ARTICLE, tmp.resolve("a" + i + ".txt")).toString());
        }

        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.err()).isEqualTo("declutter: --rejected /dev/full: no space left on device\n");
        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.resolve("a39.txt")).exists();
    }

    @Test
    void rejectedDashWritesToStandardOutputWhenTheTextsGoToFilesAndOnlyThen() {
        Run run = Run.of("--rejected", "-", "-o", tmp.resolve("out").toString(), ARTICLE.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).isNotEmpty().allSatisfy(line ->
            assertThat(JsonParser.parseString(line).getAsJsonObject().get("source").getAsString()).isEqualTo(ARTICLE.toString()));
        assertThat(Path.of("-")).as("a file called -").doesNotExist();

        Run refused = Run.of("--rejected", "-", ARTICLE.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).startsWith("declutter: --rejected - writes to standard output, which is the output's without -o DIR\n");
    }

    @Test
    void rejectedNamesJsonLinesDocumentsByTheirId() throws IOException {
        Path log = tmp.resolve("rejected.jsonl");
        JsonObject line = new JsonObject();
        line.addProperty("id", "doc-7");
        line.addProperty("text", Files.readString(ARTICLE, StandardCharsets.UTF_8));
        Run run = Run.withStdin(line + "\n", "--jsonl", "--rejected", log.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).isNotEmpty()
            .allSatisfy(l -> assertThat(JsonParser.parseString(l).getAsJsonObject().get("source").getAsString())
                .isEqualTo("doc-7"));
    }

    @Test
    void anUnwritableRejectedFileIsOneLineAndExitOne() {
        Path log = tmp.resolve("no-such-dir").resolve("rejected.jsonl");
        Run run = Run.of("--rejected", log.toString(), ARTICLE.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err().lines()).singleElement().asString().startsWith("declutter: " + log + ": cannot write");
        assertThat(run.out()).isEmpty();
    }
}
