package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Output file names follow their inputs, without compression and format extensions. */
class OutputNamesTest {

    @Test
    void dropsTheCompressionAndFormatExtensions() {
        assertThat(OutputNames.of("pages/a.html.gz", "txt")).isEqualTo("a.txt");
        assertThat(OutputNames.of("a.html", "json")).isEqualTo("a.json");
        assertThat(OutputNames.of("notes.txt.gzip", "md")).isEqualTo("notes.md");
        assertThat(OutputNames.of("dump/b.html.bz2", "txt")).isEqualTo("b.txt");
        assertThat(OutputNames.of("c.txt.xz", "json")).isEqualTo("c.json");
    }

    @Test
    void keepsDotsInsideTheName() {
        assertThat(OutputNames.of("report.v2.pdf", "txt")).isEqualTo("report.v2.txt");
    }

    @Test
    void namesFilesWithoutExtension() {
        assertThat(OutputNames.of("README", "txt")).isEqualTo("README.txt");
    }

    @Test
    void neverMakesAHiddenFile() {
        assertThat(OutputNames.of(".story.html", "txt")).isEqualTo("_.story.txt");
    }

    @Test
    void aWalkedInputIsNamedInItsFolder() {
        Input input = Input.found(Path.of("site"), Path.of("site/a/b/page.html.gz"));

        assertThat(OutputNames.of(input, "txt")).isEqualTo(Path.of("a/b/page.txt"));
    }

    @Test
    void aNamedInputIsNamedAtTheTopWhateverItsFolder() {
        assertThat(OutputNames.of(Input.named("site/a/page.html"), "md")).isEqualTo(Path.of("page.md"));
    }

    @Test
    void standardInputIsNamedStdin() {
        assertThat(OutputNames.of(Input.named("-"), "json")).isEqualTo(Path.of("stdin.json"));
    }
}
