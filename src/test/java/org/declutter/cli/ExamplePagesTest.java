package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code declutter rules test} on a site rule file's example pages, and the shipped example of one. */
class ExamplePagesTest {

    static final Path SITE_RULES = Path.of("examples", "site-rules", "riverside-courier.rules");
    static final Path SITE_PAGE = Path.of("examples", "site-rules", "ferry-story.html");
    static final String CAPTION = "Seen from the quay, the ferry leaves on its first crossing";

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void copyTheShippedExample() throws IOException {
        rules = tmp.resolve("site.rules");
        Files.copy(SITE_RULES, rules);
        Files.copy(SITE_PAGE, tmp.resolve("ferry-story.html"));
        Files.copy(SITE_PAGE.resolveSibling("ferry-story.expected.txt"), tmp.resolve("ferry-story.expected.txt"));
    }

    @Test
    void theShippedSiteRuleFilePassesItsOwnTests() {
        Run run = Run.of("rules", "test", SITE_RULES.toString());

        assertThat(run.out()).isEqualTo("3 passed, 0 failed\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void theShippedSiteRuleRemovesTheCaptionOnItsSiteOnly() {
        Run onSite = Run.of("--rules", SITE_RULES.toString(), SITE_PAGE.toString());
        Run elsewhere = Run.of("--rules", SITE_RULES.toString(), "--url", "https://other.example/news/ferry", SITE_PAGE.toString());
        Run explain = Run.of("--rules", SITE_RULES.toString(), "--explain", SITE_PAGE.toString());

        assertThat(onSite.out()).doesNotContain(CAPTION).contains("The new river ferry carried its first passengers");
        assertThat(elsewhere.out()).contains(CAPTION);
        assertThat(explain.out()).containsPattern("DROP  caption \\(caption.riverside-pic-note\\) +p \\| " + CAPTION);
    }

    @Test
    void aPageWhoseOutputDiffersFailsWithTheFirstDifferentLine() throws IOException {
        Files.writeString(tmp.resolve("ferry-story.expected.txt"), "Something else entirely.\n", StandardCharsets.UTF_8);

        Run run = Run.of("rules", "test", rules.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).startsWith(rules + ":7: example ferry-story.html: output differs from ferry-story.expected.txt"
            + " at line 1: expected \"Something else entirely.\" but got \"The new river ferry")
            .endsWith("2 passed, 1 failed\n");
    }

    @Test
    void aPageWithoutExpectedOutputFailsAndSaysHowToWriteIt() throws IOException {
        Files.delete(tmp.resolve("ferry-story.expected.txt"));

        Run run = Run.of("rules", "test", rules.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).contains("example ferry-story.html: no ferry-story.expected.txt beside it; write it with: "
            + "declutter --rules " + rules + " --url https://riverside-courier.example/ " + tmp.resolve("ferry-story.html"));
    }

    @Test
    void aMissingPageFailsWithItsReason() throws IOException {
        Files.delete(tmp.resolve("ferry-story.html"));

        Run run = Run.of("rules", "test", rules.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).contains(rules + ":7: example ferry-story.html: ").endsWith("2 passed, 1 failed\n");
    }
}
